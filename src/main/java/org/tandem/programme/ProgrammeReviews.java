package org.tandem.programme;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;

/** Reviews of men's progress: week 12, completion, and absences reaching the group's limit. */
@Service
public class ProgrammeReviews {

  private final JdbcClient jdbc;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final ProgrammeWords words;

  ProgrammeReviews(
      JdbcClient jdbc,
      CurrentUsers currentUsers,
      AuditLog audit,
      ServiceClock clock,
      ProgrammeWords words) {
    this.words = words;
    this.jdbc = jdbc;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.clock = clock;
  }

  private static final String SELECT =
      """
      SELECT pr.id, pr.enrolment_id, r.reference, r.man_given_name || ' ' || r.man_family_name AS name,
        g.name AS group_name, pr.kind, pr.reason, pr.due_on, pr.version, r.id AS referral_id, r.area_id
      FROM programme_review pr
      JOIN enrolment e ON e.id = pr.enrolment_id
      JOIN referral r ON r.id = e.referral_id
      JOIN programme_group g ON g.id = e.group_id
      """;

  /**
   * Reviews not yet held in the user's areas, soonest first. Week-12 and completion reviews show
   * from a fortnight before they are due; reviews prompted by absences show at once.
   */
  @Transactional
  public List<ProgrammeReviewDue> due() {
    CurrentUser me = currentUsers.current();
    LocalDate today = today();
    record Row(ProgrammeReviewDue review, long referralId, long areaId) {}
    List<Row> rows =
        jdbc.sql(
                SELECT
                    + """
                    WHERE pr.done_on IS NULL AND r.area_id = ANY(:areas)
                      AND e.status IN ('WAITING', 'ATTENDING', 'SUSPENDED')
                      AND (pr.kind = 'ABSENCES' OR pr.due_on <= :horizon)
                    ORDER BY pr.due_on, pr.id LIMIT 200
                    """)
            .param("areas", me.areaIds().toArray(Long[]::new))
            .param("horizon", today.plusDays(14))
            .query(
                (rs, i) -> {
                  LocalDate due = rs.getObject("due_on", LocalDate.class);
                  return new Row(
                      new ProgrammeReviewDue(
                          rs.getLong("id"),
                          rs.getLong("enrolment_id"),
                          rs.getString("reference"),
                          rs.getString("name"),
                          rs.getString("group_name"),
                          rs.getString("kind"),
                          rs.getString("reason"),
                          due,
                          due.isBefore(today),
                          rs.getInt("version")),
                      rs.getLong("referral_id"),
                      rs.getLong("area_id"));
                })
            .list();
    audit.recordList(
        "programme reviews due",
        rows.stream()
            .map(r -> new CaseRef(r.referralId(), r.review().reference(), r.areaId()))
            .toList());
    return rows.stream().map(Row::review).toList();
  }

  /** Records that a review was held and what it decided. */
  @Transactional
  public void record(long reviewId, LocalDate heldOn, String outcome, Integer version) {
    CurrentUser me = currentUsers.current();
    record Key(long referralId, String reference, long areaId) {}
    Key key =
        jdbc.sql(
                SELECT.replace("SELECT pr.id", "SELECT pr.id AS review_id")
                    + " WHERE pr.id = :id AND r.area_id = ANY(:areas)")
            .param("id", reviewId)
            .param("areas", me.areaIds().toArray(Long[]::new))
            .query(
                (rs, i) ->
                    new Key(
                        rs.getLong("referral_id"),
                        rs.getString("reference"),
                        rs.getLong("area_id")))
            .optional()
            .orElseThrow(() -> words.notFound("programme.notFound.review"));
    if (heldOn == null || heldOn.isAfter(today())) {
      throw words.invalid("heldOn", "programme.problem.reviewDate");
    }
    if (outcome == null || outcome.isBlank()) {
      throw words.invalid("outcome", "programme.problem.enterWhatTheReviewDecided");
    }
    if (outcome.length() > 4000) {
      throw words.invalid("outcome", "programme.problem.outcome4000");
    }
    int updated =
        jdbc.sql(
                """
                UPDATE programme_review SET done_on = :on, done_by = :by, outcome = :outcome,
                  version = version + 1
                WHERE id = :id AND done_on IS NULL AND version = :version
                """)
            .param("on", heldOn)
            .param("by", me.username())
            .param("outcome", outcome.strip())
            .param("id", reviewId)
            .param("version", version == null ? -1 : version)
            .update();
    if (updated != 1) {
      throw words.conflict("programme.what.thisReview");
    }
    audit.record(
        Action.UPDATE,
        "programme review",
        new CaseRef(key.referralId(), key.reference(), key.areaId()));
  }

  private LocalDate today() {
    return clock.today();
  }
}
