package org.tandem.evaluation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.evaluation.Improvement;
import org.tandem.evaluation.NewReferrerEvaluation;
import org.tandem.evaluation.ReferrerEvaluation;
import org.tandem.evaluation.ReferrerMeasure;

/** Plain SQL for referrers' evaluations. Insert-only: an evaluation is never edited. */
@Repository
public class ReferrerEvaluationStore {

  /** Counts for one measure over a period. */
  public record Counted(ReferrerMeasure measure, int answered, int improved) {}

  private final JdbcClient jdbc;

  ReferrerEvaluationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(long referralId, NewReferrerEvaluation e, String by, OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO referrer_evaluation (referral_id, received_on, assessment_usefulness,
              report_usefulness, her_safety, childrens_safety, comments, recorded_by, recorded_at)
            VALUES (:referral, :received, :assessment, :report, :her, :children, :comments, :by, :now)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("received", e.receivedOn())
        .param("assessment", e.assessmentUsefulness())
        .param("report", e.reportUsefulness())
        .param("her", e.herSafety())
        .param("children", e.childrensSafety())
        .param(
            "comments",
            e.comments() == null || e.comments().isBlank() ? null : e.comments().strip())
        .param("by", by)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  /** A case's evaluations, most recently received first. */
  /** Of these cases, those with an evaluation recorded: one query for a page of cases. */
  public java.util.Set<Long> evaluated(java.util.Collection<Long> referralIds) {
    if (referralIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        jdbc.sql("SELECT DISTINCT referral_id FROM referrer_evaluation WHERE referral_id IN (:ids)")
            .param("ids", referralIds)
            .query(Long.class)
            .list());
  }

  public List<ReferrerEvaluation> forCase(long referralId) {
    return jdbc.sql(
            """
            SELECT id, received_on, assessment_usefulness, report_usefulness, her_safety,
              childrens_safety, comments, recorded_by
            FROM referrer_evaluation WHERE referral_id = :referral
            ORDER BY received_on DESC, id DESC
            """)
        .param("referral", referralId)
        .query(
            (rs, i) ->
                new ReferrerEvaluation(
                    rs.getLong("id"),
                    rs.getObject("received_on", LocalDate.class),
                    rs.getInt("assessment_usefulness"),
                    rs.getInt("report_usefulness"),
                    rs.getInt("her_safety"),
                    rs.getInt("childrens_safety"),
                    rs.getString("comments"),
                    rs.getString("recorded_by")))
        .list();
  }

  /**
   * For cases of the area, evaluations received in the period: per measure, how many answered and
   * how many rated it improved. One query; the measures are turned into rows with VALUES so that
   * one GROUP BY counts them all.
   */
  public Map<ReferrerMeasure, Counted> counts(long areaId, LocalDate from, LocalDate to) {
    return jdbc
        .sql(
            """
            SELECT m.measure, count(m.rating) AS answered,
              count(m.rating) FILTER (WHERE m.rating >= :improvedFrom) AS improved
            FROM referrer_evaluation e
            JOIN referral r ON r.id = e.referral_id
            CROSS JOIN LATERAL (VALUES
                ('ASSESSMENT_USEFULNESS', e.assessment_usefulness),
                ('REPORT_USEFULNESS', e.report_usefulness),
                ('HER_SAFETY', e.her_safety),
                ('CHILDRENS_SAFETY', e.childrens_safety)) AS m(measure, rating)
            WHERE r.area_id = :area AND e.received_on BETWEEN :from AND :to
            GROUP BY m.measure
            """)
        .param("improvedFrom", Improvement.IMPROVED_FROM)
        .param("area", areaId)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, i) ->
                new Counted(
                    ReferrerMeasure.valueOf(rs.getString("measure")),
                    rs.getInt("answered"),
                    rs.getInt("improved")))
        .list()
        .stream()
        .collect(Collectors.toMap(Counted::measure, c -> c));
  }
}
