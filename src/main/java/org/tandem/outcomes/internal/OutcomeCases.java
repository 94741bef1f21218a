package org.tandem.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.outcomes.OutcomeCase;
import org.tandem.outcomes.PreAssessmentEvidence;

/**
 * Cases as the repeat-victimisation method counts them, in two cohorts that are never mixed: the
 * live cases of an area assessed by a given day, and the cases of one imported historical table. A
 * figure of 2008 cases added to this quarter's would describe neither.
 *
 * <p>A live case counts once its assessment is decided with the police evidence recorded. Its
 * incidents during the intervention are the police call-outs on its risk timeline after the day of
 * that decision. It is excluded when an evaluator has marked it, or when the worker recorded that
 * the service's involvement ended on or before the day.
 */
@Repository
class OutcomeCases {

  private final JdbcClient jdbc;

  OutcomeCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The cases of one imported table, in the order of its rows. */
  List<CaseLine> historical(long areaId, long importId) {
    return jdbc.sql(
            """
            SELECT h.case_code, h.police_evidence_kind, h.police_incidents, h.inventory_violence,
                   h.disclosed_violence, h.repeat_evidenced, x.reason AS marked
            FROM historical_case h
            LEFT JOIN outcome_exclusion x ON x.historical_case_id = h.id AND x.withdrawn_at IS NULL
            WHERE h.area_id = :area AND h.import_id = :import
            ORDER BY h.row_number
            """)
        .param("area", areaId)
        .param("import", importId)
        .query((rs, i) -> historicalLine(rs))
        .list();
  }

  private static CaseLine historicalLine(ResultSet rs) throws SQLException {
    Integer disclosed = (Integer) rs.getObject("disclosed_violence");
    Integer repeat = (Integer) rs.getObject("repeat_evidenced");
    String marked = rs.getString("marked");
    String reason;
    CaseLine.ExclusionKind kind;
    if (marked != null) {
      reason = marked;
      kind = CaseLine.ExclusionKind.EVALUATOR_MARKED;
    } else if (disclosed == null) {
      reason = "No longer involved: incidents during the intervention not known (N/K)";
      kind = CaseLine.ExclusionKind.NOT_KNOWN_ON_IMPORT;
    } else if (repeat == null) {
      reason = "Repeat incidents during the intervention not known (N/K)";
      kind = CaseLine.ExclusionKind.NOT_KNOWN_ON_IMPORT;
    } else {
      reason = null;
      kind = null;
    }
    OutcomeCase c =
        new OutcomeCase(
            rs.getString("case_code"),
            evidence(rs),
            rs.getString("inventory_violence"),
            repeat,
            reason);
    return new CaseLine(c, CaseLine.Source.HISTORICAL, kind);
  }

  /** The live cases of an area assessed by the day; no imported case is among them. */
  List<CaseLine> live(long areaId, LocalDate upTo) {
    return jdbc.sql(
            """
            SELECT c.reference AS case_code, a.police_evidence AS police_evidence_kind,
                   a.police_incidents, a.disclosed_violence AS inventory_violence,
                   (SELECT count(*) FROM report_police_call_out e
                     WHERE e.referral_id = c.referral_id AND e.after_assessment_decision
                       AND e.occurred_on <= :upTo) AS during,
                   x.reason AS marked,
                   CASE WHEN c.involvement_ended_on <= :upTo THEN c.involvement_ended_reason END AS ended
            FROM report_case_journey c
            JOIN report_assessment_outcome a ON a.referral_id = c.referral_id
            LEFT JOIN outcome_exclusion x ON x.referral_id = c.referral_id AND x.withdrawn_at IS NULL
            WHERE c.area_id = :area AND a.viability IS NOT NULL AND a.police_evidence IS NOT NULL
              AND a.decided_on <= :upTo
            ORDER BY a.decided_at, c.reference
            """)
        .param("area", areaId)
        .param("upTo", upTo)
        .query((rs, i) -> liveLine(rs))
        .list();
  }

  private static CaseLine liveLine(ResultSet rs) throws SQLException {
    String marked = rs.getString("marked");
    String ended = rs.getString("ended");
    String reason = null;
    CaseLine.ExclusionKind kind = null;
    if (marked != null) {
      reason = marked;
      kind = CaseLine.ExclusionKind.EVALUATOR_MARKED;
    } else if (ended != null) {
      reason = "The service's involvement ended: " + ended;
      kind = CaseLine.ExclusionKind.WORKER_RECORDED;
    }
    OutcomeCase c =
        new OutcomeCase(
            rs.getString("case_code"),
            evidence(rs),
            inventoryLabel(rs.getString("inventory_violence")),
            rs.getInt("during"),
            reason);
    return new CaseLine(c, CaseLine.Source.LIVE, kind);
  }

  private static PreAssessmentEvidence evidence(ResultSet rs) throws SQLException {
    return new PreAssessmentEvidence(
        PoliceEvidence.valueOf(rs.getString("police_evidence_kind")),
        (Integer) rs.getObject("police_incidents"));
  }

  private static String inventoryLabel(String band) {
    return band == null ? "Not recorded" : DisclosedViolence.valueOf(band).band();
  }
}
