package org.tandem.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A rolling group's intake points: its first session, and every so many weeks after. A man accepted
 * for the group joins at the next intake point on or after the day he is ready.
 */
public record IntakeCalendar(LocalDate firstSessionOn, int everyWeeks) {

  public IntakeCalendar {
    if (everyWeeks < 1) {
      throw new IllegalArgumentException("Intakes must be at least a week apart");
    }
  }

  /** The first intake point on or after {@code day}. */
  public LocalDate nextIntakeOnOrAfter(LocalDate day) {
    if (!day.isAfter(firstSessionOn)) {
      return firstSessionOn;
    }
    long days = ChronoUnit.DAYS.between(firstSessionOn, day);
    long period = 7L * everyWeeks;
    long periods = (days + period - 1) / period;
    return firstSessionOn.plusDays(periods * period);
  }

  public boolean isIntakePoint(LocalDate day) {
    return nextIntakeOnOrAfter(day).equals(day);
  }

  /** Days from {@code day} to the next intake point: the wait for a man accepted today. */
  public long daysToNextIntake(LocalDate day) {
    return ChronoUnit.DAYS.between(day, nextIntakeOnOrAfter(day));
  }

  /** His programme week on {@code day}, counting his intake point's week as week 1. */
  public static long weekOfProgramme(LocalDate intakeOn, LocalDate day) {
    return ChronoUnit.WEEKS.between(intakeOn, day) + 1;
  }

  /** When his week-12 review is due: in his twelfth week. */
  public static LocalDate week12ReviewDue(LocalDate intakeOn) {
    return intakeOn.plusWeeks(11);
  }

  /** When his completion review is due: in his thirty-second week. */
  public static LocalDate completionReviewDue(LocalDate intakeOn) {
    return intakeOn.plusWeeks(31);
  }
}
