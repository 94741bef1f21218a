package org.tandem.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.calendar.WorkingDays;

/** The clock rule, on the calendar alone: met, breached, running, stopped. */
class ClockReadingTest {

  private static final WorkingDays DAYS =
      new WorkingDays(
          Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  private static ClockReading read(
      LocalDate ended, LocalDate stopped, int target, LocalDate today) {
    return ClockReading.read(
        ClockKind.HIS_FIRST_ATTEMPT, MONDAY, ended, stopped, target, DAYS, today);
  }

  @Test
  void aStepWithinTheTargetIsMet() {
    ClockReading r = read(LocalDate.of(2026, 12, 2), null, 2, LocalDate.of(2026, 12, 20));
    assertThat(r.state()).isEqualTo(ClockState.MET);
    assertThat(r.daysTaken()).isEqualTo(2);
    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void aStepADayLateIsBreachedAndTheClockStoppedThere() {
    // Stopped by the later event: however long ago, the days taken are to the step, not today.
    ClockReading r = read(LocalDate.of(2026, 12, 3), null, 2, LocalDate.of(2027, 6, 1));
    assertThat(r.state()).isEqualTo(ClockState.BREACHED);
    assertThat(r.daysTaken()).isEqualTo(3);
  }

  @Test
  void runningOnTheDueDayIsStillRunning() {
    ClockReading r = read(null, null, 2, LocalDate.of(2026, 12, 2));
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.daysTaken()).isEqualTo(2);
  }

  @Test
  void runningPastItsTargetIsBreached() {
    ClockReading r = read(null, null, 2, LocalDate.of(2026, 12, 3));
    assertThat(r.state()).isEqualTo(ClockState.BREACHED);
    assertThat(r.breached()).isTrue();
  }

  @Test
  void runningAcrossAWeekendIsNotBreachedByIt() {
    // Referred on a Thursday with 1 working day: due Friday; Saturday and Sunday add nothing.
    LocalDate thursday = LocalDate.of(2026, 12, 3);
    ClockReading r =
        ClockReading.read(
            ClockKind.HER_FIRST_ATTEMPT, thursday, null, null, 1, DAYS, LocalDate.of(2026, 12, 6));
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void aReferralOnASaturdayIsDueCountedFromMonday() {
    LocalDate saturday = LocalDate.of(2026, 11, 28);
    ClockReading r =
        ClockReading.read(
            ClockKind.HER_REACHED, saturday, LocalDate.of(2026, 12, 1), null, 1, DAYS, MONDAY);
    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(r.state()).isEqualTo(ClockState.MET);
  }

  @Test
  void acrossChristmasTheHolidaysDoNotCount() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24);
    ClockReading r =
        ClockReading.read(
            ClockKind.HIS_ASSESSMENT,
            christmasEve,
            null,
            null,
            2,
            DAYS,
            LocalDate.of(2026, 12, 30));
    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(r.state()).isEqualTo(ClockState.RUNNING);
    ClockReading later =
        ClockReading.read(
            ClockKind.HIS_ASSESSMENT,
            christmasEve,
            null,
            null,
            2,
            DAYS,
            LocalDate.of(2026, 12, 31));
    assertThat(later.state()).isEqualTo(ClockState.BREACHED);
  }

  @Test
  void aCaseThatLeftThePathInTimeStopsItsClockWithoutAVerdict() {
    ClockReading r =
        read(null, LocalDate.of(2026, 12, 1), 2, LocalDate.of(2027, 3, 1)); // stopped in time
    assertThat(r.state()).isEqualTo(ClockState.STOPPED);
    assertThat(r.daysTaken()).isEqualTo(1);
  }

  @Test
  void aCaseThatLeftThePathAfterTheTargetKeepsItsBreach() {
    ClockReading r = read(null, LocalDate.of(2026, 12, 10), 2, LocalDate.of(2027, 3, 1));
    assertThat(r.state()).isEqualTo(ClockState.BREACHED);
  }

  @Test
  void theDefaultsAreTheServiceDefaults() {
    assertThat(ClockTargets.DEFAULTS.days(ClockKind.HIS_FIRST_ATTEMPT)).isEqualTo(2);
    assertThat(ClockTargets.DEFAULTS.days(ClockKind.HIS_ASSESSMENT)).isEqualTo(15);
    assertThat(ClockTargets.DEFAULTS.days(ClockKind.HIS_PROGRAMME_START)).isEqualTo(40);
    assertThat(ClockTargets.DEFAULTS.days(ClockKind.HER_FIRST_ATTEMPT)).isEqualTo(1);
    assertThat(ClockTargets.DEFAULTS.days(ClockKind.HER_REACHED)).isEqualTo(5);
  }
}
