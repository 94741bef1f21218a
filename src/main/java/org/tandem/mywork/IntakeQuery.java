package org.tandem.mywork;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.CurrentUser;
import org.tandem.calendar.ServiceClock;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.calendar.WorkingDays;

/** Intake's day: referrals awaiting triage in the worker's areas, the longest waiting first. */
@Component
class IntakeQuery {

  /** A referral awaiting triage and how long it has waited, in days and in working days. */
  record AwaitingTriage(
      String reference, String name, LocalDate referredOn, long days, long workingDays) {}

  private final JdbcClient jdbc;
  private final ServiceClock clock;
  private final WorkingCalendar calendar;

  IntakeQuery(JdbcClient jdbc, ServiceClock clock, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.calendar = calendar;
  }

  List<Listed<AwaitingTriage>> awaitingTriage(CurrentUser me, long offset, int limit) {
    LocalDate today = clock.today();
    WorkingDays working = calendar.workingDays();
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id, r.man_given_name, r.man_family_name,
              r.referred_on, count(*) OVER () AS total
            FROM referral r
            WHERE r.status = 'AWAITING_TRIAGE' AND r.area_id = ANY(:areas)
            ORDER BY r.referred_on, r.id
            OFFSET :offset LIMIT :limit
            """)
        .param("areas", me.areaIds().toArray(Long[]::new))
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) -> {
              LocalDate on = rs.getObject("referred_on", LocalDate.class);
              return new Listed<>(
                  new AwaitingTriage(
                      rs.getString("reference"),
                      rs.getString("man_given_name") + " " + rs.getString("man_family_name"),
                      on,
                      Math.max(0, ChronoUnit.DAYS.between(on, today)),
                      workingDaysBetween(working, on, today)),
                  Listed.caseOf(rs),
                  rs.getLong("total"));
            })
        .list();
  }

  /** Working days after the referral day up to and including today: 0 on the day it came in. */
  static long workingDaysBetween(WorkingDays working, LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (working.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
