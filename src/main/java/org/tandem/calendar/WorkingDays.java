package org.tandem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Due times counted in working days, as services set them ("within 1 working day of his release
 * from custody"). Saturdays, Sundays and the service's bank holidays are not working days. A prompt
 * raised out of hours is counted from the start of the next working day.
 */
public record WorkingDays(Set<LocalDate> bankHolidays) {

  public WorkingDays {
    bankHolidays = Set.copyOf(bankHolidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !bankHolidays.contains(day);
  }

  /**
   * The working day {@code days} working days after {@code from} (0: {@code from} itself if
   * working).
   */
  public LocalDate add(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Working days cannot be negative");
    }
    LocalDate day = from;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * How many working days it took from {@code from} to {@code to}: the working days after the day
   * counting started, up to and including {@code to}. Counting starts on {@code from}, or on the
   * next working day when {@code from} is a day off (a referral made on a Saturday counts from
   * Monday), so something done on that first working day took 0 days. The inverse of {@link #add}:
   * {@code between(from, add(from, n)) == n}; a day before counting started took 0.
   */
  public int between(LocalDate from, LocalDate to) {
    LocalDate day = add(from, 0);
    int count = 0;
    while (day.isBefore(to)) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * When something raised at {@code raised} is due if it must be done within {@code days} working
   * days: the same time of day that many working days later. Raised on a day off, it counts as
   * raised at the start of the next working day.
   */
  public ZonedDateTime dueWithin(ZonedDateTime raised, int days) {
    LocalDate day = raised.toLocalDate();
    if (isWorkingDay(day)) {
      return raised.with(add(day, days));
    }
    return add(add(day, 0), days).atStartOfDay(raised.getZone());
  }
}
