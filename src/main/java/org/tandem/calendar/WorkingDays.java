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
