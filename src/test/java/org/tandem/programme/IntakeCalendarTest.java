package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntakeCalendarTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 9, 1); // a Tuesday
  private final IntakeCalendar everySixWeeks = new IntakeCalendar(FIRST, 6);

  @Test
  void beforeTheFirstSessionTheFirstSessionIsTheIntake() {
    assertThat(everySixWeeks.nextIntakeOnOrAfter(FIRST.minusDays(20))).isEqualTo(FIRST);
    assertThat(everySixWeeks.nextIntakeOnOrAfter(FIRST)).isEqualTo(FIRST);
  }

  @Test
  void intakesComeEverySixWeeks() {
    assertThat(everySixWeeks.nextIntakeOnOrAfter(FIRST.plusDays(1))).isEqualTo(FIRST.plusWeeks(6));
    assertThat(everySixWeeks.nextIntakeOnOrAfter(FIRST.plusWeeks(6))).isEqualTo(FIRST.plusWeeks(6));
    assertThat(everySixWeeks.nextIntakeOnOrAfter(FIRST.plusWeeks(6).plusDays(1)))
        .isEqualTo(FIRST.plusWeeks(12));
    assertThat(everySixWeeks.isIntakePoint(FIRST.plusWeeks(18))).isTrue();
    assertThat(everySixWeeks.isIntakePoint(FIRST.plusWeeks(17))).isFalse();
  }

  @Test
  void theWaitIsTheDaysToTheNextIntake() {
    assertThat(everySixWeeks.daysToNextIntake(FIRST.plusWeeks(6).minusDays(10))).isEqualTo(10);
    assertThat(everySixWeeks.daysToNextIntake(FIRST.plusWeeks(6))).isZero();
  }

  @Test
  void theIntervalIsTheServices() {
    assertThat(new IntakeCalendar(FIRST, 4).nextIntakeOnOrAfter(FIRST.plusDays(1)))
        .isEqualTo(FIRST.plusWeeks(4));
    assertThatThrownBy(() -> new IntakeCalendar(FIRST, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reviewPointsFallInWeeksTwelveAndThirtyTwo() {
    assertThat(IntakeCalendar.weekOfProgramme(FIRST, FIRST)).isEqualTo(1);
    assertThat(IntakeCalendar.weekOfProgramme(FIRST, IntakeCalendar.week12ReviewDue(FIRST)))
        .isEqualTo(12);
    assertThat(IntakeCalendar.weekOfProgramme(FIRST, IntakeCalendar.completionReviewDue(FIRST)))
        .isEqualTo(32);
  }
}
