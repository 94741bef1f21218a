package org.tandem.mywork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.CurrentUser;
import org.tandem.calendar.ServiceClock;

/**
 * The children's worker's day. Children are not allocated to a worker, so "my children" are the
 * children on open cases in the worker's areas whom the worker has seen, and those nobody has seen
 * yet: the ones waiting for someone to start.
 */
@Component
class ChildrenQuery {

  /** A child, when last seen, and whether a session or a before-reading is missing. */
  record MyChild(
      String reference,
      long childId,
      String name,
      int ageYears,
      LocalDate lastSessionOn,
      boolean sessionDue,
      boolean ladderReadingMissing) {}

  private final JdbcClient jdbc;
  private final ServiceClock clock;
  private final int sessionEveryDays;

  ChildrenQuery(
      JdbcClient jdbc,
      ServiceClock clock,
      @Value("${tandem.my-work.child-session-every-days:14}") int sessionEveryDays) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.sessionEveryDays = sessionEveryDays;
  }

  /**
   * A page of the worker's children, those whose session is due first (never seen, then longest
   * since), each with whether the safety-ladder reading before the work has yet to be taken.
   */
  List<Listed<MyChild>> mine(CurrentUser me, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT c.*, count(*) OVER () AS total FROM (
              SELECT r.id AS referral_id, r.reference, r.area_id, ch.id AS child_id, ch.given_name,
                ch.age_years,
                (SELECT max(s.held_on) FROM child_session s WHERE s.child_id = ch.id) AS last_session_on,
                NOT EXISTS (SELECT 1 FROM safety_ladder_reading l
                  WHERE l.child_id = ch.id AND l.stage = 'BEFORE') AS reading_missing
              FROM referral r JOIN child ch ON ch.referral_id = r.id
              WHERE r.area_id = ANY(:areas) AND
            """
                + OpenCases.OPEN
                + """
                AND (EXISTS (SELECT 1 FROM child_session s
                      WHERE s.child_id = ch.id AND s.recorded_by = :username)
                  OR NOT EXISTS (SELECT 1 FROM child_session s WHERE s.child_id = ch.id))
            ) c
            ORDER BY c.last_session_on NULLS FIRST, c.child_id
            OFFSET :offset LIMIT :limit
            """)
        .param("areas", me.areaIds().toArray(Long[]::new))
        .param("username", me.username())
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) -> {
              LocalDate last = rs.getObject("last_session_on", LocalDate.class);
              return new Listed<>(
                  new MyChild(
                      rs.getString("reference"),
                      rs.getLong("child_id"),
                      rs.getString("given_name"),
                      rs.getInt("age_years"),
                      last,
                      last == null || last.isBefore(clock.today().minusDays(sessionEveryDays)),
                      rs.getBoolean("reading_missing")),
                  Listed.caseOf(rs),
                  rs.getLong("total"));
            })
        .list();
  }
}
