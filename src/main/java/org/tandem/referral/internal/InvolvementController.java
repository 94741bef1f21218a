package org.tandem.referral.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.access.Roles;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.InvolvementEnded;
import org.tandem.referral.Referrals;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.VersionedForm;

/**
 * Recording that the service is no longer involved with a case, on a page. Outcome figures then
 * leave the case out, with the reason.
 */
@Controller
class InvolvementController {

  private final Referrals referrals;

  private final ReferralWords words;

  InvolvementController(Referrals referrals, ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
  }

  /** The form as typed; the date is kept as typed so a wrong date can be shown back. */
  public static class InvolvementForm extends VersionedForm {
    private DateInput endedOn = new DateInput();
    private String reason;

    public DateInput getEndedOn() {
      return endedOn;
    }

    public void setEndedOn(DateInput endedOn) {
      this.endedOn = endedOn;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  @GetMapping("/cases/{reference}/involvement")
  @PreAuthorize(Roles.CASE_WORKERS)
  String form(@PathVariable String reference, Model model) {
    CaseDetail detail = referrals.detail(reference);
    InvolvementForm form = new InvolvementForm();
    form.setVersion(detail.version());
    return show(detail, form, model);
  }

  @PostMapping("/cases/{reference}/involvement")
  @PreAuthorize(Roles.CASE_WORKERS)
  String record(
      @PathVariable String reference,
      @ModelAttribute("involvement") InvolvementForm form,
      BindingResult errors,
      Model model) {
    FormProblems problems =
        new FormProblems(errors)
            .date("endedOn", form.getEndedOn(), words.say("referral.date.endedOn"));
    return FormFlow.submit(
        problems,
        () -> {
          referrals.endInvolvement(
              reference,
              new InvolvementEnded(
                  form.getEndedOn().toDate(), form.getReason(), form.getVersion()));
          return "redirect:/cases/" + reference;
        },
        () -> {
          model.addAttribute("conflict", true);
          form.setVersion(referrals.detail(reference).version());
        },
        () -> show(referrals.detail(reference), form, model));
  }

  private static String show(CaseDetail detail, InvolvementForm form, Model model) {
    model.addAttribute("case", detail);
    model.addAttribute("involvement", form);
    return "referral/involvement";
  }
}
