package org.tandem.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each case falls due under the schedule, written once for the preview and for the job: the
 * preview lists exactly what the job will take. A case still open is never due. A case held, or
 * already anonymised, is not listed.
 */
@Repository
class RetentionDates {

  /**
   * One row per case not yet anonymised and not held: the date each rule gives, null where a rule
   * does not apply. A referral not taken up counts from the referral date; a closed case from the
   * end of involvement (or its last move, when no end was recorded); the children's rule applies to
   * a case the service took up, and counts the youngest child's age at referral, taking the latest
   * birthday that age allows, so no child's record goes early.
   */
  private static final String DATES =
      """
      SELECT r.id, r.reference, r.area_id,
        CASE WHEN r.status IN ('REFERRED_ON', 'DID_NOT_ATTEND') AND r.first_appointment_on IS NULL
          THEN CAST(r.referred_on + make_interval(years => s.not_taken_up_years) AS date) END
          AS not_taken_up_on,
        CASE WHEN r.status IN ('COMPLETED', 'EXITED_EARLY', 'CLOSED')
            OR (r.involvement_ended_on IS NOT NULL
              AND r.status NOT IN ('REFERRED_ON', 'DID_NOT_ATTEND'))
          THEN CAST(coalesce(r.involvement_ended_on,
              (SELECT max(m.changed_on) FROM case_status_change m WHERE m.referral_id = r.id),
              r.referred_on) + make_interval(years => s.closed_case_years) AS date) END
          AS closed_on,
        (SELECT CAST(r.referred_on
            + make_interval(years => greatest(0, s.youngest_child_age - min(c.age_years))) AS date)
         FROM child c WHERE c.referral_id = r.id) AS children_on
      FROM referral r CROSS JOIN retention_schedule s
      WHERE s.id = 1
        AND NOT EXISTS (SELECT 1 FROM case_anonymised a WHERE a.referral_id = r.id)
        AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.referral_id = r.id AND h.lifted_at IS NULL)
      """;

  /** Each case's due date and rule: the later of the closed-case and children's dates. */
  private static final String DUE =
      """
      SELECT d.id, d.reference, d.area_id,
        CASE WHEN d.not_taken_up_on IS NOT NULL THEN 'NOT_TAKEN_UP'
             WHEN d.children_on > d.closed_on THEN 'CHILDREN'
             ELSE 'CLOSED_CASE' END AS rule,
        coalesce(d.not_taken_up_on, greatest(d.closed_on, d.children_on)) AS due_on
      FROM (%s) d
      WHERE d.not_taken_up_on IS NOT NULL OR d.closed_on IS NOT NULL
      """
          .formatted(DATES);

  private final JdbcClient jdbc;

  RetentionDates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record DuePage(List<DueCase> items, long total) {}

  /** The cases in these areas due on or before a day, soonest first, a page at a time. */
  DuePage dueBy(LocalDate day, Collection<Long> areaIds, long offset, int size) {
    List<Object[]> rows =
        jdbc.sql(
                """
                SELECT due.*, count(*) OVER () AS total FROM (%s) due
                WHERE due.due_on <= :day AND due.area_id = ANY(:areas)
                ORDER BY due.due_on, due.reference
                OFFSET :offset LIMIT :size
                """
                    .formatted(DUE))
            .param("day", day)
            .param("areas", areaIds.toArray(Long[]::new))
            .param("offset", offset)
            .param("size", size)
            .query((rs, i) -> new Object[] {due(rs), rs.getLong("total")})
            .list();
    return new DuePage(
        rows.stream().map(r -> (DueCase) r[0]).toList(),
        rows.isEmpty() ? total(day, areaIds) : (long) rows.get(0)[1]);
  }

  private long total(LocalDate day, Collection<Long> areaIds) {
    return jdbc.sql(
            "SELECT count(*) FROM (%s) due WHERE due.due_on <= :day AND due.area_id = ANY(:areas)"
                .formatted(DUE))
        .param("day", day)
        .param("areas", areaIds.toArray(Long[]::new))
        .query(Long.class)
        .single();
  }

  /**
   * The next case due by today (in one area, or in all when none is given), locked until the
   * caller's transaction ends: a case another node is anonymising is passed by, so two nodes never
   * take the same case, and one that stops mid-way leaves it for the next run.
   */
  Optional<DueCase> claimNext(LocalDate today, Long areaId) {
    Optional<Long> claimed =
        jdbc.sql(
                """
                SELECT r.id FROM referral r
                WHERE r.id IN (SELECT due.id FROM (%s) due WHERE due.due_on <= :today)
                  AND r.area_id = coalesce(CAST(:area AS bigint), r.area_id)
                ORDER BY r.id
                LIMIT 1
                FOR UPDATE OF r SKIP LOCKED
                """
                    .formatted(DUE))
            .param("today", today)
            .param("area", areaId)
            .query(Long.class)
            .optional();
    return claimed.flatMap(
        id ->
            jdbc.sql("SELECT due.* FROM (%s) due WHERE due.id = :id".formatted(DUE))
                .param("id", id)
                .query((rs, i) -> due(rs))
                .optional());
  }

  private static DueCase due(ResultSet rs) throws SQLException {
    return new DueCase(
        rs.getLong("id"),
        rs.getString("reference"),
        rs.getLong("area_id"),
        RetentionRule.valueOf(rs.getString("rule")),
        rs.getObject("due_on", LocalDate.class));
  }
}
