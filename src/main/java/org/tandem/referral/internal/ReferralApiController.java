package org.tandem.referral.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tandem.access.Roles;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.CaseStatusChange;
import org.tandem.referral.CaseSummary;
import org.tandem.referral.DuplicateCheck;
import org.tandem.referral.InvolvementEnded;
import org.tandem.referral.NewReferral;
import org.tandem.referral.Referrals;
import org.tandem.referral.RepeatReferrals;
import org.tandem.referral.Triage;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Paging;
import org.tandem.web.PostCreates;

/**
 * Referrals and cases for referrers' and providers' systems: logging, finding, triage, and the
 * record that the service is no longer involved.
 */
@ApiController(path = "/api/v1", tag = "Referrals and cases")
class ReferralApiController {

  private final Referrals referrals;
  private final RepeatReferrals repeats;

  ReferralApiController(Referrals referrals, RepeatReferrals repeats) {
    this.referrals = referrals;
    this.repeats = repeats;
  }

  /** The reference of the case a newly logged referral made. */
  record Logged(String reference) {}

  @PostCreates("/referrals")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @Operation(
      summary = "Log a referral",
      description =
          "Creates a case with a new pseudonymous reference in the area. Each partner named gets a"
              + " partner-support task to send the letter and information pack. Look for the same"
              + " man first (GET /api/v1/referrals/possible-duplicates): with repeatOf the"
              + " referral is linked to that earlier case as a repeat referral; without it, intake"
              + " is asked to look. 400 with a problem-details body naming each invalid field, and"
              + " repeatOf when it is not a case the caller may open.")
  ResponseEntity<Logged> create(
      @RequestBody NewReferral referral,
      @Parameter(description = "the reference of his earlier case, when this is a repeat referral")
          @RequestParam(required = false)
          String repeatOf) {
    String reference =
        repeatOf == null
            ? repeats.create(referral, null, null)
            : repeats.create(referral, DuplicateCheck.REPEAT, repeatOf);
    return Created.at("/api/v1/cases/{reference}", new Logged(reference), reference);
  }

  @GetMapping("/cases")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "A page of the caller's cases, newest referral first")
  Referrals.Page<CaseSummary> cases(
      Paging paging,
      @Parameter(description = "reference or his name") @RequestParam(defaultValue = "") String q) {
    return referrals.cases(q, paging.page(), paging.size());
  }

  @GetMapping("/waiting-list")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "The waiting list: cases not yet seen, longest wait first, with days waited")
  Referrals.Page<CaseSummary> waitingList(Paging paging) {
    return referrals.waitingList(paging.page(), paging.size());
  }

  @GetMapping("/cases/{reference}")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "One whole case as the caller's role may see it",
      description =
          "Partners' details are included only for partner-support workers and service managers."
              + " A case outside the caller's areas is 404.")
  CaseDetail detail(@PathVariable String reference) {
    return referrals.detail(reference);
  }

  @GetMapping("/cases/{reference}/journey")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Every move of the case along its journey, oldest first",
      description =
          "Each status the case moved to (triage, the first assessment session, the viability"
              + " decision, the programme place and its changes), the day it took effect, why and"
              + " who recorded it. A case outside the caller's areas is 404.")
  List<CaseStatusChange> journey(@PathVariable String reference) {
    return referrals.journey(reference);
  }

  @PostMapping("/cases/{reference}/triage")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @Operation(
      summary = "Record the triage decision",
      description = "Send the case's current version; 409 if someone changed it since.")
  Map<String, String> triage(@PathVariable String reference, @RequestBody Triage triage) {
    referrals.triage(reference, triage);
    return Map.of("reference", reference, "status", referrals.detail(reference).status().name());
  }

  @PostMapping("/cases/{reference}/involvement-ended")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Record that the service is no longer involved with the case",
      description =
          "With the date (today or earlier, not before the referral), the reason and the case"
              + " version read (409 if it changed). Outcome figures then leave the case out.")
  void endInvolvement(@PathVariable String reference, @RequestBody InvolvementEnded ended) {
    referrals.endInvolvement(reference, ended);
  }
}
