package org.tandem.mywork;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.AreaWallPass;
import org.tandem.access.CurrentUser;
import org.tandem.calendar.ServiceClock;
import org.tandem.encryption.FieldEncryption;
import org.tandem.partnersupport.SafetyPlanReviews;

/**
 * The partner-support worker's day: the women on the cases allocated to her, where contact with
 * each stands, her tasks due today or overdue, safety plans due for review and follow-up
 * evaluations due. All of it is behind the wall, so every method takes an {@link AreaWallPass} and
 * keeps to its areas.
 */
@Component
class HerWorkQuery {

  /** A woman on one of the worker's cases, and where contact with her stands. */
  record MyWoman(
      String reference,
      long partnerId,
      String name,
      String relationship,
      String contactStatus,
      LocalDate contactStatusOn) {}

  /** A task due by the end of today. */
  record HerTaskDue(
      String reference,
      Long partnerId,
      String name,
      String kind,
      ZonedDateTime dueAt,
      boolean overdue) {}

  /** A safety plan due for review within the week, or overdue. */
  record SafetyPlanDue(
      String reference, long partnerId, String name, LocalDate reviewOn, boolean overdue) {}

  /** A follow-up evaluation whose date has come and that is not yet recorded. */
  record EvaluationDue(
      String reference, long partnerId, String name, String point, LocalDate dueOn) {}

  private final JdbcClient jdbc;
  private final ServiceClock clock;
  private final FieldEncryption encryption;

  HerWorkQuery(JdbcClient jdbc, ServiceClock clock, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.encryption = encryption;
  }

  /** A page of the women on her cases: those not yet contacted first, then longest unchanged. */
  List<Listed<MyWoman>> women(AreaWallPass pass, CurrentUser me, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id, p.id AS partner_id, p.given_name,
              p.family_name, p.relationship, p.contact_status, p.contact_status_on,
              count(*) OVER () AS total
            FROM referral r JOIN partner p ON p.referral_id = r.id
            WHERE r.allocated_partner_support_worker_id = :me AND r.area_id = ANY(:areas)
            ORDER BY (p.contact_status = 'NOT_YET_CONTACTED') DESC, p.contact_status_on NULLS FIRST,
              p.id
            OFFSET :offset LIMIT :limit
            """)
        .param("me", me.id())
        .param("areas", pass.areaIdArray())
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Listed<>(
                    new MyWoman(
                        rs.getString("reference"),
                        rs.getLong("partner_id"),
                        herName(rs),
                        rs.getString("relationship"),
                        rs.getString("contact_status"),
                        rs.getObject("contact_status_on", LocalDate.class)),
                    Listed.caseOf(rs),
                    rs.getLong("total")))
        .list();
  }

  /** Her open tasks on her cases due by the end of today, the longest overdue first. */
  List<Listed<HerTaskDue>> tasksDue(AreaWallPass pass, CurrentUser me, int limit) {
    OffsetDateTime now = clock.now();
    OffsetDateTime endOfToday =
        clock.today().plusDays(1).atStartOfDay(ServiceClock.ZONE).toOffsetDateTime();
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id, t.partner_id, t.kind, t.due_at,
              p.given_name, p.family_name, count(*) OVER () AS total
            FROM referral r
            JOIN partner_support_task t ON t.referral_id = r.id
            LEFT JOIN partner p ON p.id = t.partner_id
            WHERE r.allocated_partner_support_worker_id = :me AND r.area_id = ANY(:areas)
              AND t.completed_at IS NULL AND t.due_at < :endOfToday
            ORDER BY t.due_at, t.id
            LIMIT :limit
            """)
        .param("me", me.id())
        .param("areas", pass.areaIdArray())
        .param("endOfToday", endOfToday)
        .param("limit", limit)
        .query(
            (rs, i) -> {
              OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
              return new Listed<>(
                  new HerTaskDue(
                      rs.getString("reference"),
                      (Long) rs.getObject("partner_id"),
                      rs.getString("given_name") == null ? null : herName(rs),
                      rs.getString("kind"),
                      due.atZoneSameInstant(ServiceClock.ZONE),
                      due.isBefore(now)),
                  Listed.caseOf(rs),
                  rs.getLong("total"));
            })
        .list();
  }

  /** Safety plans of the women on her cases due for review within a week, or overdue. */
  List<Listed<SafetyPlanDue>> plansDue(AreaWallPass pass, CurrentUser me, int limit) {
    LocalDate today = clock.today();
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id, p.id AS partner_id, p.given_name,
              p.family_name, s.review_on, count(*) OVER () AS total
            FROM referral r
            JOIN partner p ON p.referral_id = r.id
            JOIN safety_plan_review s ON s.partner_id = p.id
            WHERE r.allocated_partner_support_worker_id = :me AND r.area_id = ANY(:areas)
              AND s.review_on <= :soon
            ORDER BY s.review_on, p.id
            LIMIT :limit
            """)
        .param("me", me.id())
        .param("areas", pass.areaIdArray())
        .param("soon", SafetyPlanReviews.dueBy(today))
        .param("limit", limit)
        .query(
            (rs, i) -> {
              LocalDate review = rs.getObject("review_on", LocalDate.class);
              return new Listed<>(
                  new SafetyPlanDue(
                      rs.getString("reference"),
                      rs.getLong("partner_id"),
                      herName(rs),
                      review,
                      SafetyPlanReviews.overdue(review, today)),
                  Listed.caseOf(rs),
                  rs.getLong("total"));
            })
        .list();
  }

  /**
   * Follow-up evaluations due: 3, 6 and 18 months after she was first reached, each not yet
   * recorded; the longest due first.
   */
  List<Listed<EvaluationDue>> evaluationsDue(AreaWallPass pass, CurrentUser me, int limit) {
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id, p.id AS partner_id, p.given_name,
              p.family_name, pts.point, CAST(s.reached_on + make_interval(months => pts.months) AS date)
                AS due_on,
              count(*) OVER () AS total
            FROM referral r
            JOIN partner p ON p.referral_id = r.id
            JOIN partner_evaluation_schedule s ON s.partner_id = p.id
            CROSS JOIN (VALUES ('THREE_MONTHS', 3), ('SIX_MONTHS', 6), ('EIGHTEEN_MONTHS', 18))
              AS pts(point, months)
            WHERE r.allocated_partner_support_worker_id = :me AND r.area_id = ANY(:areas)
              AND s.reached_on + make_interval(months => pts.months) <= :today
              AND NOT EXISTS (SELECT 1 FROM partner_evaluation e
                WHERE e.partner_id = p.id AND e.point = pts.point)
            ORDER BY due_on, p.id
            LIMIT :limit
            """)
        .param("me", me.id())
        .param("areas", pass.areaIdArray())
        .param("today", clock.today())
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Listed<>(
                    new EvaluationDue(
                        rs.getString("reference"),
                        rs.getLong("partner_id"),
                        herName(rs),
                        rs.getString("point"),
                        rs.getObject("due_on", LocalDate.class)),
                    Listed.caseOf(rs),
                    rs.getLong("total")))
        .list();
  }

  /** Her name, opened from its sealed columns in the row: no query of its own. */
  private String herName(ResultSet rs) throws SQLException {
    String family = encryption.open(rs.getString("family_name"));
    return encryption.open(rs.getString("given_name")) + (family == null ? "" : " " + family);
  }
}
