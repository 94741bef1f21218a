package org.tandem.referral.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.referral.Amendment;
import org.tandem.referral.ChildCorrection;
import org.tandem.referral.Corrections;
import org.tandem.referral.HisCorrection;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/** Corrections to his details and the children's, each keeping what it replaced. */
@ApiController(path = "/api/v1/cases/{reference}", tag = "Cases")
class CorrectionApiController {

  private final Corrections corrections;

  CorrectionApiController(Corrections corrections) {
    this.corrections = corrections;
  }

  @GetMapping("/corrections")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Corrections to his and the children's details",
      description = "Newest first: which detail, before, after, why, who and when.")
  List<Amendment> history(@PathVariable String reference) {
    return corrections.history(reference);
  }

  @PostCreates("/corrections")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @Operation(
      summary = "Correct his details",
      description =
          "Give every detail as it should read (one left out is cleared), the reason and the"
              + " case's version as read; each detail that changed is kept as an amendment with its"
              + " original. 400 without a reason or with nothing changed; 409 if the case changed"
              + " since the version read. Answers the case's corrections.")
  ResponseEntity<List<Amendment>> correctHim(
      @PathVariable String reference, @RequestBody HisCorrection correction) {
    return Created.at(
        "/api/v1/cases/{reference}/corrections",
        corrections.correctHim(reference, correction),
        reference);
  }

  @PostCreates("/children/{childId}/corrections")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @Operation(
      summary = "Correct a child's details",
      description =
          "The child's name and age as they should read, the reason and the child's version as"
              + " read; 409 if the child's record changed since. Answers the case's corrections.")
  ResponseEntity<List<Amendment>> correctChild(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestBody ChildCorrection correction) {
    return Created.at(
        "/api/v1/cases/{reference}/corrections",
        corrections.correctChild(reference, childId, correction),
        reference);
  }
}
