package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharingRulesTest {

  private static final SharingRules.HerDetails HER =
      new SharingRules.HerDetails(
          "Jo",
          "Testington",
          "07700 900003",
          "jo@example.org",
          "1 Imaginary Lane, Fictionton",
          "Weekdays after 10am");

  /** Invented, with a longer given name and a full address with a postcode. */
  private static final SharingRules.HerDetails JANE =
      new SharingRules.HerDetails(
          "Jane",
          "Inventeddottir",
          "+44 7700 900123",
          "j.inventeddottir@example.net",
          "Flat 2\n14 Makebelieve Road\nNowhereville\nZZ9 9ZZ",
          "Tuesday mornings while the children are at school; never at weekends");

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
    assertThat(SharingRules.herDetailsIn("call 07700 900123", JANE))
        .containsExactly("her phone number");
    assertThat(SharingRules.herDetailsIn("call ０７７００ ９００１２３", JANE))
        .as("full-width digits")
        .containsExactly("her phone number");
  }

  @Test
  void herEmailAndAnyLineOfHerAddressAreFound() {
    assertThat(SharingRules.herDetailsIn("wrote to JO@EXAMPLE.ORG", HER))
        .contains("her email address");
    assertThat(SharingRules.herDetailsIn("he drove past fictionton twice", HER))
        .containsExactly("her address");
  }

  @Test
  void herStreetIsFoundWithoutItsHouseNumber() {
    assertThat(SharingRules.herDetailsIn("He was seen on Imaginary Lane last night", HER))
        .containsExactly("her address");
    assertThat(SharingRules.herDetailsIn("He was waiting in makebelieve road", JANE))
        .containsExactly("her address");
  }

  @Test
  void herTownAndPostcodeAreFoundWithOrWithoutTheSpace() {
    assertThat(SharingRules.herDetailsIn("He has moved to NOWHEREVILLE", JANE))
        .containsExactly("her address");
    assertThat(SharingRules.herDetailsIn("post went to zz99zz", JANE))
        .containsExactly("her address");
    assertThat(SharingRules.herDetailsIn("post went to ZZ9 9ZZ", JANE))
        .containsExactly("her address");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ms Test\u0456ngton said he shouted", // Cyrillic і
        "Ms \u0422estington said he shouted", // Cyrillic capital Т
        "Ms Ｔｅｓｔｉｎｇｔｏｎ said he shouted", // full-width letters
        "Ms Téstíngton said he shouted", // accents
        "Ms T.e.s.t.i.n.g.t.o.n said he shouted",
        "Ms t e s t i n g t o n said he shouted",
        "MsTestington said he shouted" // run together with another word
      })
  void herNameIsFoundThroughLookAlikesDotsAndSpaces(String text) {
    assertThat(SharingRules.herDetailsIn(text, HER)).containsExactly("her name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "J\u0430ne says he shouted", // Cyrillic а
        "J\u0430n\u0435 says he shouted", // Cyrillic а and е
        "J.a.n.e says he shouted",
        "j a n e says he shouted",
        "J-A-N-E says he shouted",
        "Jäne says he shouted"
      })
  void aShortGivenNameIsFoundThroughLookAlikesDotsAndSpaces(String text) {
    assertThat(SharingRules.herDetailsIn(text, JANE)).containsExactly("her name");
  }

  @Test
  void theNamePartOfHerEmailIsFound() {
    assertThat(SharingRules.herDetailsIn("his messages to j.inventeddottir continue", JANE))
        .contains("her email address");
  }

  @Test
  void herSafeContactTimesAreFound() {
    assertThat(SharingRules.herDetailsIn("Best reached weekdays after 10am", HER))
        .containsExactly("her safe contact times");
    assertThat(SharingRules.herDetailsIn("Weekdays after 10 a.m. only", HER))
        .containsExactly("her safe contact times");
    assertThat(
            SharingRules.herDetailsIn("He knows she is free on Tuesday mornings these days", JANE))
        .containsExactly("her safe contact times");
  }

  @Test
  void theRefusalNamesEveryKindFound() {
    assertThat(
            SharingRules.inWords(
                SharingRules.herDetailsIn("J.a.n.e at Makebelieve Road, tuesday mornings", JANE)))
        .isEqualTo("her name, her address and her safe contact times");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reports he has used the programme's language to criticise her",
        "He joined a gym and says he is drinking less",
        "He was arrested on 12 March at 10.30am after an incident at a petrol station",
        "Threatened to take the children out of school; police attended twice in January",
        "He says the road to change is long; he is likely to breach the order",
        "Bail conditions: not to enter the town centre; curfew 7pm to 7am",
        "He sent 14 messages over the weekend and turned up at her workplace",
        "Says he will not go back to the flat; made threats to kill on 3 May 2026",
        "Social worker reports the children are frightened of him at weekends",
        "Escalation: strangulation reported, MARAC referral made, case discussed 2 June",
        "He bought a knife and has been driving around the area in the evenings",
        "The police say he has a new partner and has been drinking heavily every day"
      })
  void ordinaryRiskInformationPasses(String text) {
    assertThat(SharingRules.herDetailsIn(text, HER)).as(text).isEmpty();
    assertThat(SharingRules.herDetailsIn(text, JANE)).as(text).isEmpty();
  }
}
