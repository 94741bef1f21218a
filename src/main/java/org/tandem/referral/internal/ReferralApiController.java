package org.tandem.referral.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Roles;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.CaseSummary;
import org.tandem.referral.NewReferral;
import org.tandem.referral.Referrals;
import org.tandem.referral.Triage;

/** Referrals and cases for referrers' and providers' systems. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Referrals and cases")
@SecurityRequirement(name = "bearer")
class ReferralApiController {

  private final Referrals referrals;

  ReferralApiController(Referrals referrals) {
    this.referrals = referrals;
  }

  /** The reference of a newly logged referral. */
  record Created(String reference) {}

  @PostMapping("/referrals")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @Operation(
      summary = "Log a referral",
      description =
          "Creates a case with a new pseudonymous reference in the area. Each partner named gets a"
              + " partner-support task to send the letter and information pack. 400 with a"
              + " problem-details body naming each invalid field.")
  ResponseEntity<Created> create(@RequestBody NewReferral referral) {
    String reference = referrals.create(referral);
    return ResponseEntity.created(URI.create("/api/v1/cases/" + reference))
        .body(new Created(reference));
  }

  @GetMapping("/cases")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "A page of the caller's cases, newest referral first")
  Referrals.Page<CaseSummary> cases(
      @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "page size, at most 100") @RequestParam(defaultValue = "25")
          int size,
      @Parameter(description = "reference or his name") @RequestParam(defaultValue = "") String q) {
    return referrals.cases(q, page, size);
  }

  @GetMapping("/waiting-list")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "The waiting list: cases not yet seen, longest wait first, with days waited")
  Referrals.Page<CaseSummary> waitingList(
      @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "page size, at most 100") @RequestParam(defaultValue = "25")
          int size) {
    return referrals.waitingList(page, size);
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

  @PostMapping("/cases/{reference}/triage")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @Operation(
      summary = "Record the triage decision",
      description = "Send the case's current version; 409 if someone changed it since.")
  Map<String, String> triage(@PathVariable String reference, @RequestBody Triage triage) {
    referrals.triage(reference, triage);
    return Map.of("reference", reference, "status", referrals.detail(reference).status().name());
  }
}
