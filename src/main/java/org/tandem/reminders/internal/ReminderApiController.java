package org.tandem.reminders.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.CaseRef;
import org.tandem.access.Roles;
import org.tandem.referral.Referrals;
import org.tandem.reminders.ReminderPreference;
import org.tandem.reminders.Reminders;
import org.tandem.web.ApiController;
import org.tandem.web.Paging;

/** His reminders and how he wants them, for a provider's own system. */
@ApiController(path = "/api/v1/cases/{reference}", tag = "Appointments and reminders")
class ReminderApiController {

  private final Referrals referrals;
  private final Reminders reminders;

  ReminderApiController(Referrals referrals, Reminders reminders) {
    this.referrals = referrals;
    this.reminders = reminders;
  }

  @GetMapping("/reminders")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "The reminders to him on a case, latest due first",
      description =
          "Each with the appointment, when it is due and what became of it: PENDING, SENT (with"
              + " GOV.UK Notify's id), CANCELLED, SKIPPED, HELD or FAILED, with the reason."
              + " Never the message, nor where it was sent.")
  Reminders.Page reminders(@PathVariable String reference, Paging paging) {
    return reminders.forCase(referrals.open(reference), paging);
  }

  @GetMapping("/reminder-preference")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "How he wants to be reminded: TEXT (to his phone), EMAIL or NONE")
  ReminderPreference preference(@PathVariable String reference) {
    return reminders.preference(referrals.open(reference));
  }

  @PutMapping("/reminder-preference")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Sets how he wants to be reminded",
      description =
          "With the version read (0 when he had not said); 409 when someone changed it first,"
              + " 400 with the problems beside their fields.")
  ReminderPreference changePreference(
      @PathVariable String reference, @RequestBody ReminderPreference preference) {
    CaseRef ref = referrals.open(reference);
    reminders.changePreference(ref, preference);
    return reminders.preference(ref);
  }
}
