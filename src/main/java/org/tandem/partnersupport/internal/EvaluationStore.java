package org.tandem.partnersupport.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallFiguresPass;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.evaluation.Improvement;
import org.tandem.partnersupport.EvaluationPoint;
import org.tandem.partnersupport.HerEvaluation;
import org.tandem.partnersupport.NewHerEvaluation;
import org.tandem.partnersupport.PartnerContactStatus;

/**
 * Her follow-up evaluations and their schedule. Reads and writes about one woman take a {@link
 * WallPass} for her case; the counts for reports take a {@link WallFiguresPass}, keep to its areas
 * and return numbers only. Evaluations are insert-only.
 */
@Repository
public class EvaluationStore {

  /** Her schedule's task for one point: when it is due and whether it is done. */
  public record Task(EvaluationPoint point, ZonedDateTime dueAt, boolean done) {}

  /** Counts for one measure at one point over a period. */
  public record Counted(String measure, EvaluationPoint point, int answered, int improved) {}

  /** Evaluation tasks fall due at the end of the working day on their due date. */
  private static final int DUE_HOUR = 17;

  private static final String[] TASK_KINDS =
      Arrays.stream(EvaluationPoint.values()).map(EvaluationPoint::taskKind).toArray(String[]::new);

  private final JdbcClient jdbc;

  EvaluationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The first time she moves to contacted or engaged, starts her schedule from the earliest date
   * she was reached and creates a task for each follow-up. Later moves change nothing. Runs in the
   * transaction that records the move, so a woman reached always has her schedule.
   */
  void startIfFirstReached(
      WallPass pass, long partnerId, PartnerContactStatus status, OffsetDateTime now) {
    if (status != PartnerContactStatus.CONTACTED && status != PartnerContactStatus.ENGAGED) {
      return;
    }
    Optional<LocalDate> started =
        jdbc.sql(
                """
                INSERT INTO partner_evaluation_schedule (partner_id, reached_on)
                SELECT p.id, min(c.changed_on) FROM partner p
                JOIN partner_contact_status_change c ON c.partner_id = p.id
                WHERE p.id = :partner AND p.referral_id = :referral
                  AND c.status IN ('CONTACTED', 'ENGAGED')
                GROUP BY p.id
                ON CONFLICT (partner_id) DO NOTHING
                RETURNING reached_on
                """)
            .params(HerRow.on(pass, partnerId))
            .query(LocalDate.class)
            .optional();
    started.ifPresent(reachedOn -> createTasks(pass, partnerId, reachedOn, now));
  }

  private void createTasks(WallPass pass, long partnerId, LocalDate reachedOn, OffsetDateTime now) {
    for (EvaluationPoint point : EvaluationPoint.values()) {
      jdbc.sql(
              """
              INSERT INTO partner_support_task (referral_id, partner_id, kind, due_at, created_at)
              VALUES (:referral, :partner, :kind, :due, :now)
              """)
          .param("referral", pass.referralId())
          .param("partner", partnerId)
          .param("kind", point.taskKind())
          .param(
              "due",
              point
                  .dueOn(reachedOn)
                  .atTime(DUE_HOUR, 0)
                  .atZone(ServiceClock.ZONE)
                  .toOffsetDateTime())
          .param("now", now)
          .update();
    }
  }

  public Optional<LocalDate> reachedOn(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT s.reached_on FROM partner_evaluation_schedule s
            JOIN partner p ON p.id = s.partner_id
            WHERE s.partner_id = :partner AND p.referral_id = :referral
            """)
        .params(HerRow.on(pass, partnerId))
        .query(LocalDate.class)
        .optional();
  }

  /** Her evaluation tasks, one per point (the earliest if a point somehow has more). */
  public List<Task> tasks(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT DISTINCT ON (kind) kind, due_at, completed_at IS NOT NULL AS done
            FROM partner_support_task
            WHERE partner_id = :partner AND referral_id = :referral AND kind = ANY(:kinds)
            ORDER BY kind, id
            """)
        .params(HerRow.on(pass, partnerId))
        .param("kinds", TASK_KINDS)
        .query(
            (rs, i) ->
                new Task(
                    pointOfTask(rs.getString("kind")),
                    rs.getObject("due_at", OffsetDateTime.class)
                        .atZoneSameInstant(ServiceClock.ZONE),
                    rs.getBoolean("done")))
        .list();
  }

  private static EvaluationPoint pointOfTask(String kind) {
    return Arrays.stream(EvaluationPoint.values())
        .filter(p -> p.taskKind().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  public void insert(
      WallPass pass, long partnerId, NewHerEvaluation e, String by, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO partner_evaluation (partner_id, point, completed_on, violence,
              abusive_behaviour, feeling_safe, childrens_safety, quality_of_life,
              respectful_communication, space_for_action, safety_and_freedom, shared_parenting,
              awareness_of_self, safer_childhoods, notes, recorded_by, recorded_at)
            SELECT id, :point, :completedOn, :violence, :abusive, :safe,
              CAST(:children AS SMALLINT), :life, CAST(:communication AS SMALLINT),
              CAST(:space AS SMALLINT), CAST(:freedom AS SMALLINT), CAST(:parenting AS SMALLINT),
              CAST(:awareness AS SMALLINT), CAST(:childhoods AS SMALLINT), :notes, :by, :now
            FROM partner WHERE id = :partner AND referral_id = :referral
            """)
        .param("point", e.point().name())
        .param("completedOn", e.completedOn())
        .param("violence", e.violence())
        .param("abusive", e.abusiveBehaviour())
        .param("safe", e.feelingSafe())
        .param("children", rating(e.childrensSafety()))
        .param("life", e.qualityOfLife())
        .param("communication", rating(e.respectfulCommunication()))
        .param("space", rating(e.spaceForAction()))
        .param("freedom", rating(e.safetyAndFreedom()))
        .param("parenting", rating(e.sharedParenting()))
        .param("awareness", rating(e.awarenessOfSelf()))
        .param("childhoods", rating(e.saferChildhoods()))
        .param("notes", e.notes() == null || e.notes().isBlank() ? null : e.notes().strip())
        .params(HerRow.written(pass, partnerId, by, now))
        .update();
  }

  /** Not asked (or no children) is kept as no rating, so that counts of answers leave it out. */
  private static Integer rating(Integer answer) {
    return answer == null || answer == NewHerEvaluation.NOT_ASKED ? null : answer;
  }

  /** Her evaluations, newest first; no rating reads back as 0, not asked. */
  public List<HerEvaluation> evaluations(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT e.* FROM partner_evaluation e JOIN partner p ON p.id = e.partner_id
            WHERE e.partner_id = :partner AND p.referral_id = :referral
            ORDER BY e.completed_on DESC, e.id DESC
            """)
        .params(HerRow.on(pass, partnerId))
        .query(
            (rs, i) ->
                new HerEvaluation(
                    EvaluationPoint.valueOf(rs.getString("point")),
                    rs.getObject("completed_on", LocalDate.class),
                    rs.getInt("violence"),
                    rs.getInt("abusive_behaviour"),
                    rs.getInt("feeling_safe"),
                    rs.getInt("childrens_safety"),
                    rs.getInt("quality_of_life"),
                    rs.getInt("respectful_communication"),
                    rs.getInt("space_for_action"),
                    rs.getInt("safety_and_freedom"),
                    rs.getInt("shared_parenting"),
                    rs.getInt("awareness_of_self"),
                    rs.getInt("safer_childhoods"),
                    rs.getString("notes"),
                    rs.getString("recorded_by")))
        .list();
  }

  // --- counts for reports: numbers only, never who, never notes ---

  /**
   * Her own ratings, per measure and point, over evaluations completed in the period for cases in
   * the area. The five columns are turned into rows with VALUES so that one GROUP BY counts them; a
   * null rating (no children) is not counted as answered.
   */
  public List<Counted> selfReportCounts(
      WallFiguresPass pass, long areaId, LocalDate from, LocalDate to) {
    return counts(
        """
            ('VIOLENCE', e.violence),
            ('ABUSIVE_BEHAVIOUR', e.abusive_behaviour),
            ('FEELING_SAFE', e.feeling_safe),
            ('CHILDRENS_SAFETY', e.childrens_safety),
            ('QUALITY_OF_LIFE', e.quality_of_life)
        """,
        pass,
        areaId,
        from,
        to);
  }

  /** The Mirabal measures, as {@link #selfReportCounts}; "not asked" is not counted as answered. */
  public List<Counted> mirabalCounts(
      WallFiguresPass pass, long areaId, LocalDate from, LocalDate to) {
    return counts(
        """
            ('RESPECTFUL_COMMUNICATION', e.respectful_communication),
            ('SPACE_FOR_ACTION', e.space_for_action),
            ('SAFETY_AND_FREEDOM', e.safety_and_freedom),
            ('SHARED_PARENTING', e.shared_parenting),
            ('AWARENESS_OF_SELF', e.awareness_of_self),
            ('SAFER_CHILDHOODS', e.safer_childhoods)
        """,
        pass,
        areaId,
        from,
        to);
  }

  /** Counts answered and improved per point and measure; each measure is a (name, column) row. */
  private List<Counted> counts(
      String measures, WallFiguresPass pass, long areaId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            SELECT e.point, m.measure, count(m.rating) AS answered,
              count(m.rating) FILTER (WHERE m.rating >= :improvedFrom) AS improved
            FROM partner_evaluation e
            CROSS JOIN LATERAL (VALUES
            """
                + measures
                + """
            ) AS m(measure, rating)
            WHERE e.area_id = :area AND e.area_id = ANY(:covered)
              AND e.completed_on BETWEEN :from AND :to
            GROUP BY e.point, m.measure
            """)
        .param("improvedFrom", Improvement.IMPROVED_FROM)
        .param("area", areaId)
        .param("covered", pass.areaIdArray())
        .param("from", from)
        .param("to", to)
        .query(
            (rs, i) ->
                new Counted(
                    rs.getString("measure"),
                    EvaluationPoint.valueOf(rs.getString("point")),
                    rs.getInt("answered"),
                    rs.getInt("improved")))
        .list();
  }
}
