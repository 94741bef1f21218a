package org.tandem.assessment.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.assessment.Viability;
import org.tandem.assessment.ViabilityReason;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;

/** His assessment as the API gives it. */
@Schema(name = "Assessment")
record AssessmentView(
    String reference,
    List<Session> sessions,
    @Schema(description = "the sessions' total time, in minutes") int totalMinutes,
    History history,
    DynamicFactors dynamicFactors,
    Dash dash,
    Decision viability,
    @Schema(description = "send this back with a change; 409 if someone changed it since")
        int version) {

  @Schema(name = "AssessmentSessionView")
  record Session(LocalDate heldOn, int durationMinutes, String worker, boolean withInterpreter) {}

  record History(
      PoliceEvidence policeEvidence,
      Integer policeIncidents,
      @Schema(description = "as the service writes it: \"4\", \"4 or more\" or \"unclear\"")
          String policeEvidenceText,
      DisclosedViolence disclosedViolence,
      String otherViolence,
      String alcoholAndDrugs,
      String childrenExposure,
      String staticRiskMarkers) {}

  @Schema(
      description =
          "Each 1 (none) to 5 (high). For empathy and motivation high is good; for the others,"
              + " high is concerning.")
  record DynamicFactors(
      Integer denial,
      Integer minimisation,
      Integer blame,
      Integer hostility,
      Integer empathy,
      Integer motivation) {}

  @Schema(name = "AssessmentDash")
  record Dash(
      @Schema(description = "keyed by indicator number, \"1\" to \"24\"")
          Map<String, DashAnswer> answers,
      int answered,
      int score,
      int outOf,
      boolean visibleHighRisk,
      List<Integer> yesIndicators,
      @Schema(description = "indicator 15 answered yes: a homicide risk marker")
          boolean strangulation,
      String judgement) {

    static Dash of(Map<Integer, DashAnswer> answers, DashScore score, String judgement) {
      Map<String, DashAnswer> keyed = new TreeMap<>((a, b) -> Integer.compare(n(a), n(b)));
      answers.forEach((n, a) -> keyed.put(String.valueOf(n), a));
      return new Dash(
          keyed,
          score.answered(),
          score.score(),
          DashScore.INDICATORS,
          score.visibleHighRisk(),
          score.yesIndicators(),
          score.strangulation(),
          judgement);
    }

    private static int n(String key) {
      return Integer.parseInt(key);
    }
  }

  record Decision(
      Viability decision,
      ViabilityReason reason,
      String notes,
      OffsetDateTime decidedAt,
      String decidedBy) {}

  static AssessmentView of(AssessmentRecord a) {
    return new AssessmentView(
        a.reference(),
        a.sessions().stream()
            .map(s -> new Session(s.heldOn(), s.durationMinutes(), s.worker(), s.withInterpreter()))
            .toList(),
        a.totalMinutes(),
        new History(
            a.policeEvidence(),
            a.policeIncidents(),
            a.policeEvidenceText(),
            a.disclosedViolence(),
            a.otherViolence(),
            a.alcoholAndDrugs(),
            a.childrenExposure(),
            a.staticRiskMarkers()),
        new DynamicFactors(
            a.denial(), a.minimisation(), a.blame(), a.hostility(), a.empathy(), a.motivation()),
        Dash.of(a.dashAnswers(), a.dashScore(), a.dashJudgement()),
        a.viability() == null
            ? null
            : new Decision(
                a.viability(),
                a.viabilityReason(),
                a.viabilityNotes(),
                a.decidedAt(),
                a.decidedBy()),
        a.version());
  }
}
