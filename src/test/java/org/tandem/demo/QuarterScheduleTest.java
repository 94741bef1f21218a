package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.demo.QuarterSchedule.Fate;

/**
 * The demo loads on whatever day it is started: on every day of several years, each step of its
 * last quarter falls inside that quarter, which has ended, in the order a case moves.
 */
class QuarterScheduleTest {

  @Test
  void everyStepFallsInsideTheLastFullQuarterWhateverTheDay() {
    for (LocalDate today = LocalDate.of(2024, 1, 1);
        today.isBefore(LocalDate.of(2032, 1, 1));
        today = today.plusDays(1)) {
      QuarterSchedule schedule = QuarterSchedule.before(today);
      assertThat(schedule.quarter().to()).as("on %s", today).isBefore(today);
      assertThat(schedule.everyDay())
          .as("on %s", today)
          .allSatisfy(
              day ->
                  assertThat(day)
                      .isAfterOrEqualTo(schedule.quarter().from())
                      .isBeforeOrEqualTo(schedule.quarter().to()));
      assertThat(schedule.groupMeets()).as("on %s", today).isNotEmpty();
    }
  }

  @Test
  void eachManIsTriagedAfterHeIsReferredAndSeenAfterHeIsTriaged() {
    QuarterSchedule schedule = QuarterSchedule.before(LocalDate.of(2027, 4, 1));
    for (Fate fate : Fate.values()) {
      int n = fate.ordinal();
      assertThat(schedule.triaged(n)).isAfter(schedule.referred(n));
      assertThat(schedule.seen(n)).isAfter(schedule.triaged(n));
      assertThat(schedule.maracMade(n)).isAfter(schedule.seen(n));
      assertThat(schedule.maracMet(n)).isAfter(schedule.maracMade(n));
    }
    // A man found suitable joins the group at a meeting after the day he was seen.
    for (Fate fate : Fate.values()) {
      if (fate.inGroup()) {
        assertThat(schedule.groupMeets())
            .anyMatch(meeting -> meeting.isAfter(schedule.seen(fate.ordinal())));
      }
    }
  }
}
