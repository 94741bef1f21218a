package org.tandem.clocks.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.clocks.AttemptWithHim;
import org.tandem.clocks.AttemptsWithHim;
import org.tandem.clocks.ClockReading;
import org.tandem.clocks.Clocks;
import org.tandem.clocks.NewAttemptWithHim;
import org.tandem.web.ApiController;
import org.tandem.web.Created;

/** His clocks, and attempts to reach him, over the API. */
@ApiController(path = "/api/v1/cases/{reference}", tag = "Clocks")
class ClocksApiController {

  private final Clocks clocks;
  private final AttemptsWithHim attempts;

  ClocksApiController(Clocks clocks, AttemptsWithHim attempts) {
    this.clocks = clocks;
    this.attempts = attempts;
  }

  @PostMapping("/contact-attempts")
  @PreAuthorize(ClockRoles.ATTEMPTERS)
  @Operation(
      summary = "Record an attempt to contact him",
      description =
          "Intake, perpetrator workers and service managers. The method (PHONE, TEXT_MESSAGE,"
              + " EMAIL, LETTER, IN_PERSON), the date and time in UK time (not in the future, not"
              + " before the referral date) and whether it reached him. 400 naming the field.")
  ResponseEntity<Created> record(
      @PathVariable String reference, @RequestBody NewAttemptWithHim attempt) {
    long id = attempts.record(reference, attempt);
    return Created.id(id, "/api/v1/cases/{reference}/contact-attempts", reference);
  }

  @GetMapping("/contact-attempts")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "The attempts to contact him, latest first")
  List<AttemptWithHim> list(@PathVariable String reference) {
    return attempts.list(reference);
  }

  @GetMapping("/clocks")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "His clocks",
      description =
          "Referral to first attempt to contact him, to his assessment and to his programme"
              + " start: each one's dates, working days taken, target and state (MET, BREACHED,"
              + " RUNNING, STOPPED). Her clocks are never here: they are behind the wall.")
  List<ClockReading> his(@PathVariable String reference) {
    return clocks.his(reference);
  }
}
