package org.tandem.risk.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.NewRiskReview;
import org.tandem.risk.RiskAlert;
import org.tandem.risk.RiskManagement;
import org.tandem.risk.RiskPicture;
import org.tandem.risk.RiskWords;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.NotFoundException;
import org.tandem.web.PostCreates;

/** A family's risk timeline, MARAC referrals, risk reviews and workers' alerts. */
@ApiController(path = "/api/v1", tag = "Risk")
class RiskApiController {

  private static final String RISK = "/api/v1/cases/{reference}/risk";

  private final RiskManagement risk;
  private final RiskWords words;

  RiskApiController(RiskManagement risk, RiskWords words) {
    this.risk = risk;
    this.words = words;
  }

  /** A worker's reasons for referring the case to MARAC whatever its score. */
  record ProfessionalJudgement(
      @Size(max = 4000, message = "{risk.problem.reasonsTooLong}") String reason) {}

  /** The date a MARAC referral was made, with the version the caller read. */
  record ReferralMade(LocalDate referredOn, int version) {}

  /** What the MARAC meeting decided, with the version the caller read. */
  record MeetingOutcome(
      LocalDate meetingOn,
      @Size(max = 4000, message = "{risk.problem.meetingOutcomeTooLong}") String meetingOutcome,
      int version) {}

  @GetMapping("/cases/{reference}/risk")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Everything about the family's risk",
      description =
          "The risk level with when and why it last changed, whether a review is overdue, police"
              + " call-outs in the past 12 months, the timeline in time order, MARAC referrals"
              + " (newest first) and risk reviews. A case outside the caller's areas is 404.")
  RiskPicture picture(@PathVariable String reference) {
    return risk.picture(reference);
  }

  @GetMapping("/cases/{reference}/timeline")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "The family's risk timeline",
      description = "Every risk event, oldest first. A case outside the caller's areas is 404.")
  List<RiskPicture.Event> timeline(@PathVariable String reference) {
    return risk.picture(reference).timeline();
  }

  @PostCreates("/cases/{reference}/risk-events")
  @PreAuthorize(RiskRoles.RECORDERS)
  @Operation(
      summary = "Record a risk event on the family's timeline",
      description =
          "The summary is risk information as the worker chooses to share it: never her words,"
              + " where she is or how to reach her. raisesAlert alerts the workers allocated to"
              + " the case (while none are, every perpetrator and partner-support worker covering"
              + " its area), never the caller. A police call-out making 3 or more in the past 12"
              + " months raises the case to high risk and creates a MARAC referral task. 400 with"
              + " a problem-details body naming each invalid field.")
  ResponseEntity<Created> recordEvent(
      @PathVariable String reference, @RequestBody NewRiskEvent event) {
    long id = risk.recordEvent(reference, event);
    return Created.id(id, "/api/v1/cases/{reference}/timeline", reference);
  }

  @PostCreates("/cases/{reference}/marac-referrals")
  @PreAuthorize(RiskRoles.RECORDERS)
  @Operation(
      summary = "Refer the case to MARAC on professional judgement",
      description =
          "Raises the case to high risk and creates the task to make the referral, unless one is"
              + " already waiting; the answer is the referral still to be made. A referral within"
              + " 12 months of the case's previous one is flagged as a repeat. 400 if the reason"
              + " is missing.")
  ResponseEntity<RiskPicture.MaracReferral> referOnJudgement(
      @PathVariable String reference, @RequestBody ProfessionalJudgement judgement) {
    risk.referOnProfessionalJudgement(reference, judgement.reason());
    RiskPicture.MaracReferral open =
        risk.picture(reference).maracReferrals().stream()
            .filter(m -> !m.made())
            .findFirst()
            .orElseThrow();
    return Created.at(RISK, open, reference);
  }

  @PostMapping("/cases/{reference}/marac-referrals/{id}/made")
  @PreAuthorize(RiskRoles.RECORDERS)
  @Operation(
      summary = "Record that a MARAC referral was made",
      description = "Send the referral's current version; 409 if someone changed it since.")
  RiskPicture.MaracReferral made(
      @PathVariable String reference, @PathVariable long id, @RequestBody ReferralMade made) {
    risk.recordMaracReferralMade(reference, id, made.referredOn(), made.version());
    return find(reference, id);
  }

  @PostMapping("/cases/{reference}/marac-referrals/{id}/outcome")
  @PreAuthorize(RiskRoles.RECORDERS)
  @Operation(
      summary = "Record what the MARAC meeting decided",
      description = "Send the referral's current version; 409 if someone changed it since.")
  RiskPicture.MaracReferral outcome(
      @PathVariable String reference, @PathVariable long id, @RequestBody MeetingOutcome outcome) {
    risk.recordMaracOutcome(
        reference, id, outcome.meetingOn(), outcome.meetingOutcome(), outcome.version());
    return find(reference, id);
  }

  @PostCreates("/cases/{reference}/risk-reviews")
  @PreAuthorize(RiskRoles.RECORDERS)
  @Operation(
      summary = "Record a risk review meeting",
      description =
          "Sets the case's risk level and the date of its next review. 400 with a"
              + " problem-details body naming each invalid field.")
  ResponseEntity<RiskPicture> recordReview(
      @PathVariable String reference, @RequestBody NewRiskReview review) {
    risk.recordReview(reference, review);
    return Created.at(RISK, risk.picture(reference), reference);
  }

  @GetMapping("/alerts")
  @PreAuthorize(RiskRoles.RECORDERS)
  @Operation(summary = "The caller's alerts still to acknowledge, newest first")
  List<RiskAlert> alerts() {
    return risk.myAlerts();
  }

  @PostMapping("/alerts/{id}/acknowledge")
  @PreAuthorize(RiskRoles.RECORDERS)
  @Operation(summary = "Acknowledge one of the caller's alerts")
  ResponseEntity<Void> acknowledge(@PathVariable long id) {
    risk.acknowledge(id);
    return ResponseEntity.noContent().build();
  }

  private RiskPicture.MaracReferral find(String reference, long id) {
    return risk.picture(reference).maracReferrals().stream()
        .filter(m -> m.id() == id)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException(words.say("risk.problem.noSuchMaracReferral", reference)));
  }
}
