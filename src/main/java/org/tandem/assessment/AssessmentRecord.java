package org.tandem.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;

/** His assessment as a worker sees it: history, DASH, dynamic factors, decision and sessions. */
public record AssessmentRecord(
    String reference,
    PoliceEvidence policeEvidence,
    Integer policeIncidents,
    DisclosedViolence disclosedViolence,
    String otherViolence,
    String alcoholAndDrugs,
    String childrenExposure,
    String staticRiskMarkers,
    Integer denial,
    Integer minimisation,
    Integer blame,
    Integer hostility,
    Integer empathy,
    Integer motivation,
    Map<Integer, DashAnswer> dashAnswers,
    DashScore dashScore,
    String dashJudgement,
    Viability viability,
    ViabilityReason viabilityReason,
    String viabilityNotes,
    OffsetDateTime decidedAt,
    String decidedBy,
    List<Session> sessions,
    int version) {

  /** One sitting. */
  @Schema(name = "AssessmentSession")
  public record Session(
      LocalDate heldOn, int durationMinutes, String worker, boolean withInterpreter) {}

  public int totalMinutes() {
    return sessions.stream().mapToInt(Session::durationMinutes).sum();
  }

  /** Evidenced incidents as the service writes them: "4", "4 or more" or "unclear". */
  public String policeEvidenceText() {
    if (policeEvidence == null) {
      return null;
    }
    return switch (policeEvidence) {
      case COUNT -> String.valueOf(policeIncidents);
      case AT_LEAST -> policeIncidents + " or more";
      case UNCLEAR -> "unclear";
    };
  }
}
