package org.tandem.referral.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Roles;
import org.tandem.referral.InvolvementEnded;
import org.tandem.referral.Referrals;

/** Recording through the API that the service is no longer involved with a case. */
@RestController
@Tag(name = "Referrals and cases")
@SecurityRequirement(name = "bearer")
class InvolvementApiController {

  private final Referrals referrals;

  InvolvementApiController(Referrals referrals) {
    this.referrals = referrals;
  }

  @PostMapping("/api/v1/cases/{reference}/involvement-ended")
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
