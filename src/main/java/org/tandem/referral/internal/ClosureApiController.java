package org.tandem.referral.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tandem.access.Roles;
import org.tandem.referral.CaseClosure;
import org.tandem.referral.CaseClosures;
import org.tandem.web.ApiController;

/** Closing his case and, for a manager, reopening it. */
@ApiController(path = "/api/v1/cases/{reference}", tag = "Referrals and cases")
class ClosureApiController {

  /** Who may close a case: his worker and the manager. */
  static final String CLOSERS = "hasAnyRole('PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private final CaseClosures closures;

  ClosureApiController(CaseClosures closures) {
    this.closures = closures;
  }

  /** Why a closed case is being reopened. */
  record Reopening(
      @Size(max = 480, message = "{referral.problem.theReasonMustBe480}") String reason) {}

  @PostMapping("/closure")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize(CLOSERS)
  @Operation(
      summary = "Close the case",
      description =
          "Perpetrator workers and service managers. With the reason in the evaluations' codes"
              + " (OTHER needs the detail), the date it closed (today or earlier) and any detail."
              + " 400 naming the field, or 'reason' when it is closed already. Her worker is"
              + " prompted to decide with her whether her support continues.")
  void close(@PathVariable String reference, @RequestBody CaseClosure closure) {
    closures.close(reference, closure);
  }

  @PostMapping("/reopening")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Reopen a closed case",
      description =
          "Service managers, with the reason. The case returns to where it stood before it"
              + " closed. 400 naming 'reason' when none is given or the case is not closed.")
  void reopen(@PathVariable String reference, @RequestBody Reopening reopening) {
    closures.reopen(reference, reopening.reason());
  }
}
