package org.tandem.clocks;

import java.time.LocalDate;
import org.tandem.calendar.WorkingDays;

/**
 * One clock of one case as it stands on a day: when it started (the referral date), when the step
 * came (null while it has not), the working days taken so far, the target and the due day, and the
 * verdict.
 *
 * @param endedOn the day of the step; null while it has not come
 * @param daysTaken working days from the referral date to the step, or to today while running, or
 *     to the day the clock stopped
 * @param dueOn the last working day within the target
 */
public record ClockReading(
    ClockKind kind,
    LocalDate startedOn,
    LocalDate endedOn,
    int daysTaken,
    int target,
    LocalDate dueOn,
    ClockState state) {

  /**
   * The rule, written once (the published view report_clock counts the same way): a clock breaches
   * when the working days it took, or has run so far, are more than its target. Running and already
   * past its target is a breach; a clock that stopped (his case left the path) keeps a breach it
   * had already, otherwise it has no verdict.
   *
   * @param stoppedOn the day his case left the path before the step; null if it did not
   */
  public static ClockReading read(
      ClockKind kind,
      LocalDate startedOn,
      LocalDate endedOn,
      LocalDate stoppedOn,
      int target,
      WorkingDays days,
      LocalDate today) {
    LocalDate dueOn = days.add(startedOn, target);
    if (endedOn != null) {
      int taken = days.between(startedOn, endedOn);
      return new ClockReading(
          kind,
          startedOn,
          endedOn,
          taken,
          target,
          dueOn,
          taken > target ? ClockState.BREACHED : ClockState.MET);
    }
    LocalDate upTo = stoppedOn != null ? stoppedOn : today;
    int taken = days.between(startedOn, upTo);
    ClockState state;
    if (taken > target) {
      state = ClockState.BREACHED;
    } else {
      state = stoppedOn != null ? ClockState.STOPPED : ClockState.RUNNING;
    }
    return new ClockReading(kind, startedOn, null, taken, target, dueOn, state);
  }

  public boolean breached() {
    return state == ClockState.BREACHED;
  }
}
