package org.tandem.partnersupport.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.partnersupport.HerAmendment;
import org.tandem.partnersupport.HerCorrection;
import org.tandem.partnersupport.HerCorrections;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/**
 * Corrections to her details through the API, behind the wall: 403 for every perpetrator-facing
 * role before anything is read.
 */
@ApiController(path = "/api/v1/cases/{reference}/partners/{partnerId}", tag = "Partner support")
@PreAuthorize(Roles.PARTNER_SUPPORT)
class HerCorrectionApiController {

  private final HerCorrections corrections;

  HerCorrectionApiController(HerCorrections corrections) {
    this.corrections = corrections;
  }

  @GetMapping("/corrections")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Corrections to her details",
      description = "Newest first: which detail, before, after, why, who and when.")
  List<HerAmendment> history(@PathVariable String reference, @PathVariable long partnerId) {
    return corrections.history(reference, partnerId);
  }

  @PostCreates("/corrections")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Correct her details",
      description =
          "Give every detail as it should read (one left out is cleared), the reason and her"
              + " record's version as read; each detail that changed is kept, sealed, as an"
              + " amendment with its original. 400 without a reason or with nothing changed; 409 if"
              + " her record changed since the version read. Answers her corrections.")
  ResponseEntity<List<HerAmendment>> correct(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody HerCorrection correction) {
    return Created.at(
        "/api/v1/cases/{reference}/partners/{partnerId}/corrections",
        corrections.correct(reference, partnerId, correction),
        reference,
        partnerId);
  }
}
