package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharingRulesTest {

  private static final SharingRules.HerDetails HER =
      new SharingRules.HerDetails(
          "Jo", "Testington", "07700 900003", "jo@example.org", "1 Imaginary Lane, Fictionton");

  @Test
  void riskInformationInTheWorkersOwnWordsPasses() {
    assertThat(
            SharingRules.herDetailsIn(
                "Reports he has used the programme's language to criticise her", HER))
        .isEmpty();
  }

  @Test
  void herNameIsFoundAsAWordWhateverItsCase() {
    assertThat(SharingRules.herDetailsIn("JO says he shouted", HER)).containsExactly("her name");
    assertThat(SharingRules.herDetailsIn("He joined a gym", HER))
        .as("inside another word it is not her name")
        .isEmpty();
    assertThat(SharingRules.herDetailsIn("Ms Testington reports", HER)).containsExactly("her name");
  }

  @Test
  void herPhoneIsFoundHoweverItIsWritten() {
    assertThat(SharingRules.herDetailsIn("call +44 7700 900 003", HER))
        .containsExactly("her phone number");
    assertThat(SharingRules.herDetailsIn("call 07700900003", HER))
        .containsExactly("her phone number");
  }

  @Test
  void herEmailAndAnyLineOfHerAddressAreFound() {
    assertThat(SharingRules.herDetailsIn("wrote to JO@EXAMPLE.ORG", HER))
        .contains("her email address");
    assertThat(SharingRules.herDetailsIn("he drove past fictionton twice", HER))
        .containsExactly("her address");
  }
}
