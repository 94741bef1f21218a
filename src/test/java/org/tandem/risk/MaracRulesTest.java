package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaracRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void twoCallOutsInTwelveMonthsIsNotEscalation() {
    assertThat(MaracRules.escalation(List.of(TODAY.minusDays(3), TODAY.minusMonths(5)), TODAY))
        .isFalse();
  }

  @Test
  void threeCallOutsInTwelveMonthsIsEscalation() {
    assertThat(
            MaracRules.escalation(
                List.of(TODAY.minusDays(3), TODAY.minusMonths(5), TODAY.minusMonths(12)), TODAY))
        .isTrue();
  }

  @Test
  void aCallOutJustOutsideTwelveMonthsDoesNotCount() {
    List<LocalDate> callOuts =
        List.of(TODAY.minusDays(3), TODAY.minusMonths(5), TODAY.minusMonths(12).minusDays(1));
    assertThat(MaracRules.callOutsInPastYear(callOuts, TODAY)).isEqualTo(2);
    assertThat(MaracRules.escalation(callOuts, TODAY)).isFalse();
  }

  @Test
  void aCallOutRecordedWithAFutureDateDoesNotCount() {
    List<LocalDate> callOuts = List.of(TODAY, TODAY.minusDays(1), TODAY.plusDays(1));
    assertThat(MaracRules.callOutsInPastYear(callOuts, TODAY)).isEqualTo(2);
  }

  @Test
  void visibleHighRiskFollowsTheDashThreshold() {
    assertThat(MaracRules.visibleHighRisk(DashScore.of(DashScoreTest.answers(13)))).isFalse();
    assertThat(MaracRules.visibleHighRisk(DashScore.of(DashScoreTest.answers(14)))).isTrue();
  }

  @Test
  void aReferralWithinTwelveMonthsOfTheLastIsARepeat() {
    assertThat(MaracRules.repeat(TODAY.minusMonths(12), TODAY)).isTrue();
    assertThat(MaracRules.repeat(TODAY.minusMonths(12).minusDays(1), TODAY)).isFalse();
    assertThat(MaracRules.repeat(null, TODAY)).isFalse();
  }
}
