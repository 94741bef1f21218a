package org.tandem.retention.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.referral.Referrals;
import org.tandem.retention.LegalHold;
import org.tandem.retention.Retention;
import org.tandem.retention.RetentionSchedule;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Paging;

/** The retention schedule, the preview of what will be anonymised, and legal holds, as JSON. */
@ApiController(tag = "Retention")
class RetentionApiController {

  private final Retention retention;
  private final Referrals referrals;

  RetentionApiController(Retention retention, Referrals referrals) {
    this.retention = retention;
    this.referrals = referrals;
  }

  /** A reason for placing or lifting a hold. */
  record HoldReason(
      @Size(max = Retention.REASON_MOST, message = "{retention.problem.reasonLength}")
          String reason) {}

  @GetMapping("/api/v1/retention/schedule")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  @Operation(summary = "How long the service keeps a case before it is anonymised")
  RetentionSchedule schedule() {
    return retention.schedule();
  }

  @PutMapping("/api/v1/retention/schedule")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  @Operation(
      summary = "Set the retention schedule",
      description =
          "Years a closed case is kept, the age its youngest child must reach, and years a referral"
              + " not taken up is kept, with the version read (409 if someone changed it since).")
  ResponseEntity<Void> setSchedule(@RequestBody RetentionSchedule schedule) {
    retention.setSchedule(schedule);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/retention/preview")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "The cases the retention job will anonymise in the next month",
      description =
          "In the manager's areas, soonest first, with the rule and the date; held cases are not"
              + " listed.")
  Retention.PreviewPage preview(Paging paging) {
    return retention.preview(paging.offset(), paging.size());
  }

  @GetMapping("/api/v1/cases/{reference}/legal-hold")
  @PreAuthorize(Roles.MANAGER)
  @Operation(summary = "The case's legal holds, the one in force first")
  List<LegalHold> holds(@PathVariable String reference) {
    return retention.holds(referrals.open(reference));
  }

  @PostMapping("/api/v1/cases/{reference}/legal-hold")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Place a legal hold on a case, which stops its anonymisation",
      description = "400 naming the reason when none is given or the case is already held.")
  ResponseEntity<Created> place(@PathVariable String reference, @RequestBody HoldReason body) {
    long id = retention.placeHold(referrals.open(reference), body.reason());
    return Created.id(id, "/api/v1/cases/{reference}/legal-hold", reference);
  }

  @PostMapping("/api/v1/cases/{reference}/legal-hold/lift")
  @PreAuthorize(Roles.MANAGER)
  @Operation(summary = "Lift the legal hold in force, with a reason")
  ResponseEntity<Void> lift(@PathVariable String reference, @RequestBody HoldReason body) {
    retention.liftHold(referrals.open(reference), body.reason());
    return ResponseEntity.noContent().build();
  }
}
