package org.tandem.partnersupport.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.partnersupport.EqualityMonitoring;
import org.tandem.partnersupport.HerEquality;
import org.tandem.web.ApiController;

/**
 * Her equality monitoring answers through the API, behind the wall: 403 for every
 * perpetrator-facing role before anything is read.
 */
@ApiController(path = "/api/v1/cases/{reference}/partners/{partnerId}", tag = "Partner support")
@PreAuthorize(Roles.PARTNER_SUPPORT)
class EqualityApiController {

  private final EqualityMonitoring monitoring;

  EqualityApiController(EqualityMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @GetMapping("/equality")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Her equality monitoring answers",
      description =
          "An answer is left out when she has not been asked; PREFER_NOT_TO_SAY when she chose"
              + " not to say. version is 0 before any answer is recorded. 403 for every"
              + " perpetrator-facing role; 404 outside the caller's areas.")
  HerEquality answers(@PathVariable String reference, @PathVariable long partnerId) {
    return monitoring.answers(reference, partnerId);
  }

  @PutMapping("/equality")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Record her equality monitoring answers",
      description =
          "Give every answer as it should stand (one left out or null is not asked) and the"
              + " version read. 400 for an answer that is not one of the question's; 409 if her"
              + " answers changed since the version read. Answers them as they now stand.")
  HerEquality record(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody HerEquality answers) {
    return monitoring.record(reference, partnerId, answers);
  }
}
