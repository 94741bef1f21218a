package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.referral.DuplicateRules.Alike.DATE_OF_BIRTH;
import static org.tandem.referral.DuplicateRules.Alike.NAME;
import static org.tandem.referral.DuplicateRules.Alike.PHONE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.referral.DuplicateRules.Strength;

/** When an earlier case may be the same man: the rules on their own, without a database. */
class DuplicateRulesTest {

  private static final LocalDate BORN = LocalDate.of(1988, 4, 12);

  @Test
  void aPhoneIsTheSameNumberHoweverItIsWritten() {
    assertThat(DuplicateRules.phoneKey("+44 7700 900123"))
        .isEqualTo(DuplicateRules.phoneKey("07700 900123"))
        .isEqualTo(DuplicateRules.phoneKey("07700-900-123"))
        .isEqualTo(DuplicateRules.phoneKey("(0)7700900123"))
        .isEqualTo("7700900123");
    assertThat(DuplicateRules.phoneKey("07700 900124")).isNotEqualTo("7700900123");
    assertThat(DuplicateRules.phoneKey("900123")).as("too few digits to tell").isNull();
    assertThat(DuplicateRules.phoneKey(null)).isNull();
  }

  @Test
  void eachThingAlikeIsNamed() {
    assertThat(DuplicateRules.alike(0.55, BORN, BORN, "07700 900123", "+447700900123"))
        .containsExactly(NAME, DATE_OF_BIRTH, PHONE);
    assertThat(DuplicateRules.alike(0.39, BORN, BORN.plusDays(1), "07700 900123", null))
        .as("a name less alike than the threshold, another birthday, no phone")
        .isEmpty();
    assertThat(DuplicateRules.alike(DuplicateRules.SAME_NAME, null, BORN, null, "07700 900123"))
        .containsExactly(NAME);
  }

  @Test
  void oneThingAlikeIsPossibleAndTwoAreLikely() {
    assertThat(DuplicateRules.strength(List.of(NAME))).isEqualTo(Strength.POSSIBLE);
    assertThat(DuplicateRules.strength(List.of(PHONE))).isEqualTo(Strength.POSSIBLE);
    assertThat(DuplicateRules.strength(List.of(NAME, DATE_OF_BIRTH))).isEqualTo(Strength.LIKELY);
    assertThat(DuplicateRules.strength(List.of(DATE_OF_BIRTH, PHONE))).isEqualTo(Strength.LIKELY);
  }
}
