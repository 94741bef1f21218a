package org.tandem.partnersupport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaWallPass;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.encryption.FieldEncryption;
import org.tandem.partnersupport.SafetyPlanReviews;
import org.tandem.web.EditConflictException;
import org.tandem.web.Languages;

/**
 * The partner-support worker's open tasks across the areas her team covers, soonest due first. What
 * names a woman or reads her record takes an {@link AreaWallPass} and keeps to its areas; the
 * counts of tasks read nothing behind the wall and keep to the user's areas.
 */
@Service
class TaskList {

  /** One task as the list shows it. */
  record Task(
      long id,
      String reference,
      Long partnerId,
      String kind,
      String reason,
      String partnerName,
      String relationship,
      ZonedDateTime dueAt,
      boolean overdue,
      boolean dueToday,
      int version) {

    /** The key under partnersupport.prompt of its reason, or null if the reason has none. */
    public String reasonKey() {
      return Prompt.keyOf(reason).orElse(null);
    }
  }

  /** How much of her work is due today (and not yet late) and how much is overdue. */
  record Counts(long open, long dueToday, long overdue) {}

  /** A woman not yet contacted, and whether her letter and information pack has gone. */
  record NotContacted(
      String reference,
      long partnerId,
      String partnerName,
      String relationship,
      long daysSinceReferral,
      boolean letterSent) {}

  /** A safety plan due for review within the coming week, or overdue. */
  record PlanDue(
      String reference, long partnerId, String partnerName, LocalDate reviewOn, boolean overdue) {}

  private final JdbcClient jdbc;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final FieldEncryption encryption;

  TaskList(
      JdbcClient jdbc,
      CurrentUsers currentUsers,
      AuditLog audit,
      ServiceClock clock,
      FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.clock = clock;
    this.encryption = encryption;
  }

  @Transactional
  List<Task> open(AreaWallPass pass, long offset, int limit) {
    OffsetDateTime now = clock.now();
    LocalDate today = clock.today();
    // Each area's open tasks come in due order from its own index, no more than the page reaches;
    // "area_id = ANY(...)" would read and sort every open task of the areas.
    List<Listed<Task>> rows =
        jdbc.sql(
                """
                SELECT t.id, t.kind, t.reason, t.due_at, t.version, r.id AS referral_id, r.reference, r.area_id,
                  t.partner_id, p.given_name, p.family_name, p.relationship
                FROM unnest(CAST(:areas AS bigint[])) AS a(id)
                CROSS JOIN LATERAL (
                  SELECT t.id, t.kind, t.reason, t.due_at, t.version, t.referral_id, t.partner_id
                  FROM partner_support_task t
                  WHERE t.area_id = a.id AND t.completed_at IS NULL
                  ORDER BY t.due_at, t.id
                  LIMIT :upTo) t
                JOIN referral r ON r.id = t.referral_id
                LEFT JOIN partner p ON p.id = t.partner_id
                ORDER BY t.due_at, t.id
                OFFSET :offset LIMIT :limit
                """)
            .param("areas", pass.areaIdArray())
            .param("upTo", offset + limit)
            .param("offset", offset)
            .param("limit", limit)
            .query(
                (rs, i) -> {
                  OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
                  return new Listed<>(
                      new Task(
                          rs.getLong("id"),
                          rs.getString("reference"),
                          (Long) rs.getObject("partner_id"),
                          rs.getString("kind"),
                          rs.getString("reason"),
                          herName(rs),
                          rs.getString("relationship"),
                          due.atZoneSameInstant(ServiceClock.ZONE),
                          due.isBefore(now),
                          !due.isBefore(now)
                              && due.atZoneSameInstant(ServiceClock.ZONE)
                                  .toLocalDate()
                                  .equals(today),
                          rs.getInt("version")),
                      caseOf(rs));
                })
            .list();
    return recorded("partner-support tasks", rows);
  }

  /**
   * Open tasks in the user's areas, and of them those due later today (UK time) and those already
   * overdue: the counts her dashboard leads with, in one pass over the area's open tasks.
   */
  Counts counts() {
    OffsetDateTime now = clock.now();
    OffsetDateTime endOfToday =
        clock.today().plusDays(1).atStartOfDay(ServiceClock.ZONE).toOffsetDateTime();
    return jdbc.sql(
            """
            SELECT count(*) AS open,
              count(*) FILTER (WHERE t.due_at >= :now AND t.due_at < :endOfToday) AS due_today,
              count(*) FILTER (WHERE t.due_at < :now) AS overdue
            FROM partner_support_task t
            WHERE t.completed_at IS NULL AND t.area_id = ANY(:areas)
            """)
        .param("now", now)
        .param("endOfToday", endOfToday)
        .param("areas", currentUsers.current().areaIds().toArray(Long[]::new))
        .query(
            (rs, i) ->
                new Counts(rs.getLong("open"), rs.getLong("due_today"), rs.getLong("overdue")))
        .single();
  }

  /**
   * Women not yet contacted in the user's areas, whether or not he was accepted: longest waiting
   * first, by the date of the referral.
   */
  @Transactional
  List<NotContacted> notContacted(AreaWallPass pass, long offset, int limit) {
    LocalDate today = clock.today();
    List<Listed<NotContacted>> rows =
        jdbc.sql(
                """
                SELECT r.id AS referral_id, r.reference, r.area_id, r.referred_on,
                  p.id AS partner_id, p.given_name, p.family_name, p.relationship, p.letter_sent_on
                FROM partner p
                JOIN referral r ON r.id = p.referral_id
                WHERE p.contact_status = 'NOT_YET_CONTACTED' AND r.area_id = ANY(:areas)
                ORDER BY r.referred_on, p.id
                OFFSET :offset LIMIT :limit
                """)
            .param("areas", pass.areaIdArray())
            .param("offset", offset)
            .param("limit", limit)
            .query(
                (rs, i) -> {
                  LocalDate referredOn = rs.getObject("referred_on", LocalDate.class);
                  return new Listed<>(
                      new NotContacted(
                          rs.getString("reference"),
                          rs.getLong("partner_id"),
                          herName(rs),
                          rs.getString("relationship"),
                          Math.max(0, ChronoUnit.DAYS.between(referredOn, today)),
                          rs.getObject("letter_sent_on") != null),
                      caseOf(rs));
                })
            .list();
    return recorded("partner-support women not yet contacted", rows);
  }

  long countNotContacted(AreaWallPass pass) {
    return jdbc.sql(
            """
            SELECT count(*) FROM partner p JOIN referral r ON r.id = p.referral_id
            WHERE p.contact_status = 'NOT_YET_CONTACTED' AND r.area_id = ANY(:areas)
            """)
        .param("areas", pass.areaIdArray())
        .query(Long.class)
        .single();
  }

  /**
   * Safety plans whose current revision is due for review within a week, or overdue; soonest first.
   */
  @Transactional
  List<PlanDue> plansDue(AreaWallPass pass, int limit) {
    LocalDate today = clock.today();
    // As for the tasks: each area's plans in review order from its own index, at most the limit.
    List<Listed<PlanDue>> rows =
        jdbc.sql(
                """
                SELECT r.id AS referral_id, r.reference, r.area_id, p.id AS partner_id,
                  p.given_name, p.family_name, s.review_on
                FROM unnest(CAST(:areas AS bigint[])) AS a(id)
                CROSS JOIN LATERAL (
                  SELECT s.partner_id, s.review_on FROM safety_plan_review s
                  WHERE s.area_id = a.id AND s.review_on <= :soon
                  ORDER BY s.review_on, s.partner_id
                  LIMIT :limit) s
                JOIN partner p ON p.id = s.partner_id
                JOIN referral r ON r.id = p.referral_id
                ORDER BY s.review_on, s.partner_id
                LIMIT :limit
                """)
            .param("areas", pass.areaIdArray())
            .param("soon", SafetyPlanReviews.dueBy(today))
            .param("limit", limit)
            .query(
                (rs, i) -> {
                  LocalDate review = rs.getObject("review_on", LocalDate.class);
                  return new Listed<>(
                      new PlanDue(
                          rs.getString("reference"),
                          rs.getLong("partner_id"),
                          herName(rs),
                          review,
                          SafetyPlanReviews.overdue(review, today)),
                      caseOf(rs));
                })
            .list();
    return recorded("partner-support safety plans due", rows);
  }

  /** Marks a task done, if it is in the user's areas and nobody changed it meanwhile. */
  @Transactional
  void complete(long taskId, int version) {
    CurrentUser me = currentUsers.current();
    record Key(long referralId, String reference, long areaId) {}
    Key key =
        jdbc.sql(
                """
                SELECT r.id, r.reference, r.area_id FROM partner_support_task t
                JOIN referral r ON r.id = t.referral_id
                WHERE t.id = :id AND r.area_id = ANY(:areas)
                """)
            .param("id", taskId)
            .param("areas", me.areaIds().toArray(Long[]::new))
            .query((rs, i) -> new Key(rs.getLong(1), rs.getString(2), rs.getLong(3)))
            .optional()
            .orElseThrow(() -> new org.tandem.access.CaseNotFoundException("task " + taskId));
    int updated =
        jdbc.sql(
                """
                UPDATE partner_support_task SET completed_at = :now, completed_by = :by,
                  version = version + 1
                WHERE id = :id AND version = :version AND completed_at IS NULL
                """)
            .param("now", clock.now())
            .param("by", me.username())
            .param("id", taskId)
            .param("version", version)
            .update();
    if (updated != 1) {
      throw new EditConflictException("This task", Languages.ENGLISH);
    }
    audit.record(
        AuditLog.Action.UPDATE,
        "partner-support task done",
        new CaseRef(key.referralId(), key.reference(), key.areaId()));
  }

  /** One line of a list that names a woman, and the case it was read from, for the audit. */
  private record Listed<T>(T line, CaseRef readFrom) {}

  private <T> List<T> recorded(String list, List<Listed<T>> rows) {
    audit.recordList(list, rows.stream().map(Listed::readFrom).toList());
    return rows.stream().map(Listed::line).toList();
  }

  private static CaseRef caseOf(ResultSet rs) throws SQLException {
    return new CaseRef(rs.getLong("referral_id"), rs.getString("reference"), rs.getLong("area_id"));
  }

  /** Her name, opened from its sealed columns in the row: no query of its own. */
  private String herName(ResultSet rs) throws SQLException {
    String family = encryption.open(rs.getString("family_name"));
    return encryption.open(rs.getString("given_name")) + (family == null ? "" : " " + family);
  }
}
