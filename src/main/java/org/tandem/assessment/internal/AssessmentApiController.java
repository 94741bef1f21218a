package org.tandem.assessment.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.assessment.AssessmentHistory;
import org.tandem.assessment.AssessmentWords;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.NewAssessmentSession;
import org.tandem.assessment.ViabilityDecision;
import org.tandem.referral.Referrals;
import org.tandem.referral.RiskLevel;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.NotFoundException;
import org.tandem.web.PostCreates;

/** His assessment for providers' systems: sessions, history, DASH and the viability decision. */
@ApiController(path = "/api/v1/cases/{reference}/assessment", tag = "Assessment")
class AssessmentApiController {

  private final Assessments assessments;
  private final Referrals referrals;
  private final AssessmentWords words;

  AssessmentApiController(Assessments assessments, Referrals referrals, AssessmentWords words) {
    this.words = words;
    this.assessments = assessments;
    this.referrals = referrals;
  }

  /** The DASH indicators as sent. */
  record DashRequest(
      @Schema(
              description = "all 24 indicators, keyed \"1\" to \"24\", each YES, NO or NOT_KNOWN",
              example = "{\"1\": \"YES\", \"2\": \"NO\", \"3\": \"NOT_KNOWN\"}")
          @Size(max = 24, message = "{assessment.problem.thereAreOnly24Indicators}")
          Map<Integer, DashAnswer> answers,
      @Schema(description = "the worker's own judgement beside the score")
          @Size(max = 4000, message = "{assessment.problem.yourJudgementMustBe4000}")
          String judgement,
      Integer version) {}

  /** The DASH score, what drove it, and the case's risk level afterwards. */
  record DashResult(
      int score,
      int outOf,
      @Schema(description = "14 or more answered yes") boolean visibleHighRisk,
      List<Integer> yesIndicators,
      @Schema(description = "indicator 15 answered yes: a homicide risk marker")
          boolean strangulation,
      RiskLevel riskLevel,
      int version) {}

  @GetMapping
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "The case's assessment",
      description =
          "404 if the assessment has not begun, or if the case is outside the caller's areas.")
  AssessmentView assessment(@PathVariable String reference) {
    return AssessmentView.of(
        assessments
            .find(reference)
            .orElseThrow(() -> new NotFoundException(words.say("assessment.problem.notBegun"))));
  }

  @PostCreates("/sessions")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  @Operation(
      summary = "Record an assessment session",
      description =
          "Begins the assessment if this is its first session. 400 with a problem-details body"
              + " naming each invalid field.")
  ResponseEntity<AssessmentView> addSession(
      @PathVariable String reference, @RequestBody NewAssessmentSession session) {
    assessments.addSession(reference, session);
    return Created.at("/api/v1/cases/{reference}/assessment", current(reference), reference);
  }

  @PutMapping("/history")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  @Operation(
      summary = "Record his history and the dynamic factors",
      description =
          "Replaces them all. The number of incidents is needed unless the police evidence is"
              + " UNCLEAR. Dynamic factors are 1 to 5. Send the assessment's version (0 before it"
              + " has begun); 409 if someone changed it since.")
  AssessmentView recordHistory(
      @PathVariable String reference, @RequestBody AssessmentHistory history) {
    assessments.recordHistory(reference, history);
    return current(reference);
  }

  @PutMapping("/dash")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  @Operation(
      summary = "Record the DASH risk indicators and score them",
      description =
          "All 24 must be answered. 14 or more YES is visible high risk: the case becomes high"
              + " risk and a task to refer it to MARAC is created, unless one is already waiting."
              + " 400 naming answers[n] for each indicator not answered; 409 on a stale version.")
  DashResult recordDash(@PathVariable String reference, @RequestBody DashRequest request) {
    DashScore score =
        assessments.recordDash(
            reference, request.answers(), request.judgement(), request.version());
    return new DashResult(
        score.score(),
        DashScore.INDICATORS,
        score.visibleHighRisk(),
        score.yesIndicators(),
        score.strangulation(),
        referrals.detail(reference).riskLevel(),
        current(reference).version());
  }

  @PutMapping("/viability")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  @Operation(
      summary = "Record the treatment-viability decision",
      description =
          "INDIVIDUAL_WORK needs a reason of LANGUAGE, DISABILITY, SEXUALITY, FEMALE_PERPETRATOR or"
              + " OTHER; NOT_ACCEPTABLE_NOW one of DENIAL, HOSTILITY or OTHER; GROUP_PROGRAMME and"
              + " NOT_REALISTIC none. 400 naming reason when it does not fit; 409 on a stale"
              + " version.")
  AssessmentView decide(@PathVariable String reference, @RequestBody ViabilityDecision decision) {
    assessments.decide(reference, decision);
    return current(reference);
  }

  private AssessmentView current(String reference) {
    return AssessmentView.of(assessments.find(reference).orElseThrow());
  }
}
