package org.tandem.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  // 2026-12-25 and 2026-12-28 are bank holidays in England (Christmas, Boxing Day substitute).
  private final WorkingDays days =
      new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

  @Test
  void aWeekdayPlusOneIsTheNextWeekday() {
    LocalDate tuesday = LocalDate.of(2026, 11, 24);
    assertThat(days.add(tuesday, 1)).isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void fridayPlusOneIsMonday() {
    LocalDate friday = LocalDate.of(2026, 11, 27);
    assertThat(days.add(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void bankHolidaysAreSkipped() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24); // a Thursday
    assertThat(days.add(christmasEve, 1)).isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void raisedOnAWorkingDayItIsDueAtTheSameTimeLater() {
    ZonedDateTime fridayAfternoon = ZonedDateTime.of(2026, 11, 27, 15, 0, 0, 0, LONDON);
    assertThat(days.dueWithin(fridayAfternoon, 1))
        .isEqualTo(ZonedDateTime.of(2026, 11, 30, 15, 0, 0, 0, LONDON));
  }

  @Test
  void raisedAtTheWeekendItCountsFromMondayMorning() {
    ZonedDateTime saturday = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, LONDON);
    // Within 1 working day of Monday's start: by the end of Monday.
    assertThat(days.dueWithin(saturday, 1))
        .isEqualTo(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, LONDON));
  }

  @Test
  void noWorkingDaysBackwards() {
    assertThatThrownBy(() -> days.add(LocalDate.of(2026, 11, 24), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
