package org.tandem.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.assessment.AssessmentHistory;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.NewAssessmentSession;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.assessment.Recommendations;
import org.tandem.assessment.ReportKind;
import org.tandem.assessment.RiskReportSummary;
import org.tandem.assessment.Viability;
import org.tandem.assessment.ViabilityDecision;
import org.tandem.assessment.ViabilityReason;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;

/** Plain SQL for assessments, their sessions, DASH answers and reports. */
@Repository
public class AssessmentStore {

  private final JdbcClient jdbc;

  AssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Long> idFor(long referralId) {
    return jdbc.sql("SELECT id FROM assessment WHERE referral_id = :id")
        .param("id", referralId)
        .query(Long.class)
        .optional();
  }

  /** The case's assessment, begun now if it has none. */
  public long idOrStart(long referralId, String by, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO assessment (referral_id, created_at, created_by) VALUES (:id, :now, :by)
            ON CONFLICT (referral_id) DO NOTHING
            """)
        .param("id", referralId)
        .param("now", now)
        .param("by", by)
        .update();
    return idFor(referralId).orElseThrow();
  }

  public void addSession(long assessmentId, NewAssessmentSession s, String by, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO assessment_session (assessment_id, held_on, duration_minutes, worker,
              with_interpreter, created_at, created_by)
            VALUES (:a, :on, :minutes, :by, :interpreter, :now, :by)
            """)
        .param("a", assessmentId)
        .param("on", s.heldOn())
        .param("minutes", s.durationMinutes())
        .param("by", by)
        .param("interpreter", Boolean.TRUE.equals(s.withInterpreter()))
        .param("now", now)
        .update();
  }

  public boolean recordHistory(long assessmentId, AssessmentHistory h) {
    return jdbc.sql(
                """
                UPDATE assessment SET police_evidence = :evidence, police_incidents = :incidents,
                  disclosed_violence = :disclosed, other_violence = :other, alcohol_and_drugs = :alcohol,
                  children_exposure = :children, static_risk_markers = :markers, denial = :denial,
                  minimisation = :minimisation, blame = :blame, hostility = :hostility,
                  empathy = :empathy, motivation = :motivation, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("evidence", h.policeEvidence() == null ? null : h.policeEvidence().name())
            .param(
                "incidents",
                h.policeEvidence() == PoliceEvidence.UNCLEAR ? null : h.policeIncidents())
            .param("disclosed", h.disclosedViolence() == null ? null : h.disclosedViolence().name())
            .param("other", blankToNull(h.otherViolence()))
            .param("alcohol", blankToNull(h.alcoholAndDrugs()))
            .param("children", blankToNull(h.childrenExposure()))
            .param("markers", blankToNull(h.staticRiskMarkers()))
            .param("denial", h.denial())
            .param("minimisation", h.minimisation())
            .param("blame", h.blame())
            .param("hostility", h.hostility())
            .param("empathy", h.empathy())
            .param("motivation", h.motivation())
            .param("id", assessmentId)
            .param("version", h.version())
            .update()
        == 1;
  }

  /** Replaces the DASH answers, if nobody changed the assessment since {@code version}. */
  public boolean recordDash(
      long assessmentId, Map<Integer, DashAnswer> answers, String judgement, int version) {
    int updated =
        jdbc.sql(
                """
                UPDATE assessment SET dash_judgement = :judgement, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("judgement", blankToNull(judgement))
            .param("id", assessmentId)
            .param("version", version)
            .update();
    if (updated != 1) {
      return false;
    }
    jdbc.sql("DELETE FROM assessment_dash_answer WHERE assessment_id = :id")
        .param("id", assessmentId)
        .update();
    for (Map.Entry<Integer, DashAnswer> answer : answers.entrySet()) {
      jdbc.sql(
              """
              INSERT INTO assessment_dash_answer (assessment_id, indicator, answer)
              VALUES (:id, :indicator, :answer)
              """)
          .param("id", assessmentId)
          .param("indicator", answer.getKey())
          .param("answer", answer.getValue().name())
          .update();
    }
    return true;
  }

  public boolean decide(long assessmentId, ViabilityDecision d, String by, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE assessment SET viability = :viability, viability_reason = :reason,
                  viability_notes = :notes, decided_at = :now, decided_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("viability", d.viability().name())
            .param("reason", d.reason() == null ? null : d.reason().name())
            .param("notes", d.notes().strip())
            .param("now", now)
            .param("by", by)
            .param("id", assessmentId)
            .param("version", d.version())
            .update()
        == 1;
  }

  public AssessmentRecord record(long assessmentId, String reference) {
    Map<Integer, DashAnswer> answers = new TreeMap<>();
    jdbc.sql("SELECT indicator, answer FROM assessment_dash_answer WHERE assessment_id = :id")
        .param("id", assessmentId)
        .query(
            (ResultSet rs) -> {
              answers.put(rs.getInt(1), DashAnswer.valueOf(rs.getString(2)));
            });
    List<AssessmentRecord.Session> sessions =
        jdbc.sql(
                """
                SELECT held_on, duration_minutes, worker, with_interpreter FROM assessment_session
                WHERE assessment_id = :id ORDER BY held_on, id
                """)
            .param("id", assessmentId)
            .query(
                (rs, i) ->
                    new AssessmentRecord.Session(
                        rs.getObject(1, LocalDate.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getBoolean(4)))
            .list();
    return jdbc.sql("SELECT * FROM assessment WHERE id = :id")
        .param("id", assessmentId)
        .query((rs, i) -> record(rs, reference, answers, sessions))
        .single();
  }

  private static AssessmentRecord record(
      ResultSet rs,
      String reference,
      Map<Integer, DashAnswer> answers,
      List<AssessmentRecord.Session> sessions)
      throws SQLException {
    return new AssessmentRecord(
        reference,
        enumOrNull(PoliceEvidence.class, rs.getString("police_evidence")),
        rs.getObject("police_incidents", Integer.class),
        enumOrNull(DisclosedViolence.class, rs.getString("disclosed_violence")),
        rs.getString("other_violence"),
        rs.getString("alcohol_and_drugs"),
        rs.getString("children_exposure"),
        rs.getString("static_risk_markers"),
        rs.getObject("denial", Integer.class),
        rs.getObject("minimisation", Integer.class),
        rs.getObject("blame", Integer.class),
        rs.getObject("hostility", Integer.class),
        rs.getObject("empathy", Integer.class),
        rs.getObject("motivation", Integer.class),
        answers,
        DashScore.of(answers),
        rs.getString("dash_judgement"),
        enumOrNull(Viability.class, rs.getString("viability")),
        enumOrNull(ViabilityReason.class, rs.getString("viability_reason")),
        rs.getString("viability_notes"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("decided_by"),
        sessions,
        rs.getInt("version"));
  }

  /**
   * Inserts a report of the given kind; an update report is on the place {@code enrolmentId}, a
   * risk identification report on none. Returns its id.
   */
  public long insertReport(
      long referralId,
      ReportKind kind,
      Long enrolmentId,
      Recommendations r,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO risk_report (referral_id, kind, enrolment_id, recommendation_contact,
              recommendation_supervision, recommendation_programme, minutes_spent, produced_at,
              produced_by)
            VALUES (:referral, :kind, :enrolment, :contact, :supervision, :programme, :minutes, :now,
              :by)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("kind", kind.name())
        .param("enrolment", enrolmentId)
        .param("contact", r.contact().strip())
        .param("supervision", r.supervision().strip())
        .param("programme", r.programme().strip())
        .param("minutes", r.minutesSpent())
        .param("now", now)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  private static final String REPORT_SELECT =
      """
      SELECT id, kind, recommendation_contact, recommendation_supervision, recommendation_programme,
        minutes_spent, produced_at, produced_by
      FROM risk_report
      """;

  public Optional<RiskReportSummary> report(long referralId, long reportId) {
    return jdbc.sql(REPORT_SELECT + " WHERE id = :id AND referral_id = :referral")
        .param("id", reportId)
        .param("referral", referralId)
        .query((rs, i) -> reportSummary(rs))
        .optional();
  }

  public List<RiskReportSummary> reports(long referralId) {
    return jdbc.sql(
            REPORT_SELECT + " WHERE referral_id = :referral ORDER BY produced_at DESC, id DESC")
        .param("referral", referralId)
        .query((rs, i) -> reportSummary(rs))
        .list();
  }

  /** The programme place an update report reports on. */
  public Optional<Long> reportEnrolment(long reportId) {
    return jdbc.sql(
            "SELECT enrolment_id FROM risk_report WHERE id = :id AND enrolment_id IS NOT NULL")
        .param("id", reportId)
        .query(Long.class)
        .optional();
  }

  /** When the case's report before this one was produced, of whatever kind. */
  public Optional<OffsetDateTime> previousReportAt(long referralId, RiskReportSummary report) {
    return jdbc.sql(
            """
            SELECT produced_at FROM risk_report
            WHERE referral_id = :referral
              AND (produced_at < :at OR (produced_at = :at AND id < :id))
            ORDER BY produced_at DESC, id DESC LIMIT 1
            """)
        .param("referral", referralId)
        .param("at", report.producedAt())
        .param("id", report.id())
        .query(OffsetDateTime.class)
        .optional();
  }

  private static RiskReportSummary reportSummary(ResultSet rs) throws SQLException {
    return new RiskReportSummary(
        rs.getLong("id"),
        ReportKind.valueOf(rs.getString("kind")),
        rs.getString("recommendation_contact"),
        rs.getString("recommendation_supervision"),
        rs.getString("recommendation_programme"),
        rs.getInt("minutes_spent"),
        rs.getObject("produced_at", OffsetDateTime.class),
        rs.getString("produced_by"));
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
