package org.tandem.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counting the working days a step took, as the service's clocks count them. */
class WorkingDaysBetweenTest {

  // The bank holidays of England and Wales that these cases cross (as V5 keeps them).
  private final WorkingDays days =
      new WorkingDays(
          Set.of(
              LocalDate.of(2026, 12, 25),
              LocalDate.of(2026, 12, 28),
              LocalDate.of(2027, 1, 1),
              LocalDate.of(2027, 3, 26),
              LocalDate.of(2027, 3, 29)));

  @Test
  void somethingDoneTheSameWorkingDayTookNone() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    assertThat(days.between(monday, monday)).isZero();
  }

  @Test
  void aWeekendIsNotCounted() {
    LocalDate friday = LocalDate.of(2026, 11, 27);
    assertThat(days.between(friday, LocalDate.of(2026, 11, 30))).isEqualTo(1);
    assertThat(days.between(friday, LocalDate.of(2026, 12, 4))).isEqualTo(5);
  }

  @Test
  void aReferralMadeOnASaturdayCountsFromMonday() {
    LocalDate saturday = LocalDate.of(2026, 11, 28);
    assertThat(days.between(saturday, LocalDate.of(2026, 11, 30))).isZero();
    assertThat(days.between(saturday, LocalDate.of(2026, 12, 1))).isEqualTo(1);
    // Done on the Sunday, before counting started: no time at all.
    assertThat(days.between(saturday, LocalDate.of(2026, 11, 29))).isZero();
  }

  @Test
  void somethingDoneAtTheWeekendCountsAsTheFridayBefore() {
    LocalDate wednesday = LocalDate.of(2026, 11, 25);
    assertThat(days.between(wednesday, LocalDate.of(2026, 11, 28))).isEqualTo(2);
  }

  @Test
  void christmasAndNewYearAreSkipped() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24); // Thursday
    // 25 (Christmas), 26-27 (weekend), 28 (Boxing Day substitute) are not counted: 29th is the
    // first.
    assertThat(days.between(christmasEve, LocalDate.of(2026, 12, 29))).isEqualTo(1);
    // 29, 30, 31 December, then 4 January (1 January a bank holiday, then the weekend).
    assertThat(days.between(christmasEve, LocalDate.of(2027, 1, 4))).isEqualTo(4);
  }

  @Test
  void easterIsSkipped() {
    LocalDate thursdayBeforeEaster = LocalDate.of(2027, 3, 25);
    // Good Friday, the weekend and Easter Monday: Tuesday is one working day on.
    assertThat(days.between(thursdayBeforeEaster, LocalDate.of(2027, 3, 30))).isEqualTo(1);
  }

  @Test
  void countingIsTheInverseOfAdding() {
    LocalDate from = LocalDate.of(2026, 12, 19); // a Saturday before Christmas
    for (int n = 0; n <= 30; n++) {
      assertThat(days.between(from, days.add(from, n))).as("%d working days", n).isEqualTo(n);
    }
  }

  @Test
  void aDayBeforeCountingStartedTookNothing() {
    assertThat(days.between(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 1))).isZero();
  }

  @Test
  void acrossTheChangeToSummerTimeADayIsADay() {
    // Clocks go forward at 01:00 UTC on Sunday 28 March 2027. An attempt at 23:30 UTC on Monday 29
    // March is 00:30 on Tuesday 30 March in London: the service's day is the Tuesday.
    LocalDate attemptDay = ServiceClock.dayOf(Instant.parse("2027-03-29T23:30:00Z"));
    assertThat(attemptDay).isEqualTo(LocalDate.of(2027, 3, 30));
    LocalDate friday = LocalDate.of(2027, 3, 19);
    // 22, 23, 24, 25 March, (Good Friday, weekend, Easter Monday), 30 March.
    assertThat(days.between(friday, attemptDay)).isEqualTo(5);
    // In winter the same UTC moment stays on its own day.
    assertThat(ServiceClock.dayOf(Instant.parse("2027-01-11T23:30:00Z")))
        .isEqualTo(LocalDate.of(2027, 1, 11));
  }
}
