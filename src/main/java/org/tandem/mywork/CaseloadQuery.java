package org.tandem.mywork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.AuditLog;
import org.tandem.access.CurrentUser;
import org.tandem.calendar.ServiceClock;
import org.tandem.risk.AlertSentences;

/**
 * The perpetrator worker's day: the cases allocated to him or her with what is overdue on each,
 * tonight's groups he or she facilitates, and alerts still to acknowledge. Everything here is his
 * side of the wall: nothing names or describes a partner.
 */
@Component
class CaseloadQuery {

  /** One allocated case, and which of its deadlines have passed. */
  record MyCase(
      String reference,
      String name,
      String status,
      String riskLevel,
      LocalDate riskReviewDueOn,
      boolean assessmentOverdue,
      boolean riskReviewOverdue,
      boolean reportOverdue,
      boolean programmeReviewOverdue,
      CaseNextAppointment nextAppointment) {

    public boolean overdue() {
      return assessmentOverdue || riskReviewOverdue || reportOverdue || programmeReviewOverdue;
    }

    MyCase with(CaseNextAppointment next) {
      return new MyCase(
          reference,
          name,
          status,
          riskLevel,
          riskReviewDueOn,
          assessmentOverdue,
          riskReviewOverdue,
          reportOverdue,
          programmeReviewOverdue,
          next);
    }
  }

  /** A group meeting tonight that the worker is named as facilitating. */
  record TonightsGroup(long id, String name, LocalTime startsAt, String venue, long menExpected) {}

  /** An alert to the worker still to acknowledge. */
  record MyAlert(String reference, String message, OffsetDateTime raisedAt) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final int assessmentWithinDays;
  private final int reportWithinDays;
  private final AlertSentences sentences;

  CaseloadQuery(
      JdbcClient jdbc,
      AuditLog audit,
      ServiceClock clock,
      @Value("${tandem.my-work.assessment-within-days:28}") int assessmentWithinDays,
      @Value("${tandem.my-work.report-within-days:10}") int reportWithinDays,
      AlertSentences sentences) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.assessmentWithinDays = assessmentWithinDays;
    this.reportWithinDays = reportWithinDays;
    this.sentences = sentences;
  }

  /**
   * A page of the open cases allocated to the worker in the areas they cover, overdue first, then
   * highest risk, then longest referred. What is overdue is worked out in the same statement:
   * assessment not decided within the days the service allows from referral; the risk review date
   * passed; no risk identification report to the referrer within the days allowed after the
   * viability decision; a programme review past its date.
   */
  List<Listed<MyCase>> mine(CurrentUser me, long offset, int limit) {
    LocalDate today = clock.today();
    return jdbc.sql(
            """
            SELECT c.*, count(*) OVER () AS total FROM (
              SELECT r.id AS referral_id, r.reference, r.area_id, r.man_given_name, r.man_family_name,
                r.status, r.risk_level, r.risk_review_due_on, r.referred_on,
                (r.status IN ('AWAITING_ASSESSMENT', 'IN_ASSESSMENT')
                  AND r.referred_on < :assessmentBy) AS assessment_overdue,
                (r.risk_review_due_on < :today) AS risk_review_overdue,
                EXISTS (SELECT 1 FROM assessment a WHERE a.referral_id = r.id
                  AND a.decided_at < :reportBy
                  AND NOT EXISTS (SELECT 1 FROM risk_report rr WHERE rr.referral_id = r.id
                    AND rr.kind = 'RISK_IDENTIFICATION')) AS report_overdue,
                EXISTS (SELECT 1 FROM enrolment e JOIN programme_review pr ON pr.enrolment_id = e.id
                  WHERE e.referral_id = r.id AND pr.done_on IS NULL AND pr.due_on < :today)
                  AS programme_review_overdue
              FROM referral r
              WHERE r.allocated_perpetrator_worker_id = :me AND r.area_id = ANY(:areas) AND
            """
                + OpenCases.OPEN
                + """
            ) c
            ORDER BY (c.assessment_overdue OR coalesce(c.risk_review_overdue, false)
                OR c.report_overdue OR c.programme_review_overdue) DESC,
              CASE c.risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END,
              c.referred_on, c.referral_id
            OFFSET :offset LIMIT :limit
            """)
        .param("me", me.id())
        .param("areas", me.areaIds().toArray(Long[]::new))
        .param("today", today)
        .param("assessmentBy", today.minusDays(assessmentWithinDays))
        .param(
            "reportBy",
            today.minusDays(reportWithinDays).atStartOfDay(ServiceClock.ZONE).toOffsetDateTime())
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Listed<>(
                    new MyCase(
                        rs.getString("reference"),
                        rs.getString("man_given_name") + " " + rs.getString("man_family_name"),
                        rs.getString("status"),
                        rs.getString("risk_level"),
                        rs.getObject("risk_review_due_on", LocalDate.class),
                        rs.getBoolean("assessment_overdue"),
                        rs.getBoolean("risk_review_overdue"),
                        rs.getBoolean("report_overdue"),
                        rs.getBoolean("programme_review_overdue"),
                        null),
                    Listed.caseOf(rs),
                    rs.getLong("total")))
        .list();
  }

  /**
   * Groups meeting today in the worker's areas with the worker among their facilitators, as the
   * group names them (facilitators are written as names, not accounts). Counts only: no man is
   * named, so nothing is read from a case.
   */
  List<TonightsGroup> tonight(CurrentUser me) {
    LocalDate today = clock.today();
    return jdbc.sql(
            """
            SELECT g.id, g.name, g.starts_at, g.venue,
              (SELECT count(*) FROM enrolment e WHERE e.group_id = g.id AND e.status = 'ATTENDING')
                AS men
            FROM programme_group g
            WHERE g.area_id = ANY(:areas) AND g.weekday = :weekday AND g.first_session_on <= :today
              AND (strpos(lower(g.facilitators), lower(:name)) > 0
                OR strpos(lower(g.facilitators), lower(:username)) > 0)
            ORDER BY g.starts_at, g.name
            LIMIT 20
            """)
        .param("areas", me.areaIds().toArray(Long[]::new))
        .param("weekday", today.getDayOfWeek().getValue())
        .param("today", today)
        .param("name", me.displayName())
        .param("username", me.username())
        .query(
            (rs, i) ->
                new TonightsGroup(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getObject("starts_at", LocalTime.class),
                    rs.getString("venue"),
                    rs.getLong("men")))
        .list();
  }

  /** The newest of the worker's alerts still to acknowledge, on cases in their areas. */
  Shown<MyAlert> alerts(CurrentUser me, int limit) {
    List<Listed<MyAlert>> rows =
        jdbc.sql(
                """
                SELECT a.message, a.kind, a.event_kind, a.detail, a.created_at,
                  r.id AS referral_id, r.reference, r.area_id, count(*) OVER () AS total
                FROM risk_alert a JOIN referral r ON r.id = a.referral_id
                WHERE a.for_user_id = :me AND a.acknowledged_at IS NULL AND r.area_id = ANY(:areas)
                ORDER BY a.created_at DESC, a.id DESC
                LIMIT :limit
                """)
            .param("me", me.id())
            .param("areas", me.areaIds().toArray(Long[]::new))
            .param("limit", limit)
            .query(
                (rs, i) ->
                    new Listed<>(
                        new MyAlert(
                            rs.getString("reference"),
                            // In the reader's language, from what the alert is about.
                            sentences.say(
                                rs.getString("reference"),
                                rs.getString("kind"),
                                rs.getString("event_kind"),
                                rs.getString("detail"),
                                rs.getString("message")),
                            rs.getObject("created_at", OffsetDateTime.class)),
                        Listed.caseOf(rs),
                        rs.getLong("total")))
            .list();
    return Shown.of(
        Listed.recorded(audit, "my work: risk alerts", rows), 1, limit, Listed.total(rows));
  }
}
