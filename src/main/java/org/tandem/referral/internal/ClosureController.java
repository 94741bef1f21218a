package org.tandem.referral.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.referral.CaseClosure;
import org.tandem.referral.CaseClosures;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.ClosureReason;
import org.tandem.referral.Referrals;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** Closing his case on a page, with the reason; and a manager reopening it. */
@Controller
class ClosureController {

  private final Referrals referrals;
  private final CaseClosures closures;
  private final ReferralWords words;

  ClosureController(Referrals referrals, CaseClosures closures, ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.closures = closures;
  }

  /** The closure as typed; the date is kept as typed so a wrong one can be shown back. */
  public static class ClosureForm {
    private ClosureReason reason;
    private DateInput closedOn = new DateInput();
    private String detail;

    public ClosureReason getReason() {
      return reason;
    }

    public void setReason(ClosureReason reason) {
      this.reason = reason;
    }

    public DateInput getClosedOn() {
      return closedOn;
    }

    public void setClosedOn(DateInput closedOn) {
      this.closedOn = closedOn;
    }

    public String getDetail() {
      return detail;
    }

    public void setDetail(String detail) {
      this.detail = detail;
    }
  }

  /** Why a manager reopens the case. */
  public static class ReopenForm {
    private String reason;

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  @GetMapping("/cases/{reference}/closure")
  @PreAuthorize(ClosureApiController.CLOSERS)
  String closeForm(@PathVariable String reference, Model model) {
    return showClosure(referrals.detail(reference), new ClosureForm(), model);
  }

  @PostMapping("/cases/{reference}/closure")
  @PreAuthorize(ClosureApiController.CLOSERS)
  String close(
      @PathVariable String reference,
      @ModelAttribute("closure") ClosureForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date("closedOn", form.getClosedOn(), words.say("referral.date.closedOn"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          closures.close(
              reference,
              new CaseClosure(form.getReason(), form.getClosedOn().toDate(), form.getDetail()));
          redirect.addFlashAttribute("saved", words.say("referral.saved.caseClosed"));
          return "redirect:/cases/" + reference;
        },
        () -> showClosure(referrals.detail(reference), form, model));
  }

  @GetMapping("/cases/{reference}/reopening")
  @PreAuthorize(Roles.MANAGER)
  String reopenForm(@PathVariable String reference, Model model) {
    return showReopening(referrals.detail(reference), new ReopenForm(), model);
  }

  @PostMapping("/cases/{reference}/reopening")
  @PreAuthorize(Roles.MANAGER)
  String reopen(
      @PathVariable String reference,
      @ModelAttribute("reopening") ReopenForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          closures.reopen(reference, form.getReason());
          redirect.addFlashAttribute("saved", words.say("referral.saved.caseReopened"));
          return "redirect:/cases/" + reference;
        },
        () -> showReopening(referrals.detail(reference), form, model));
  }

  private static String showClosure(CaseDetail detail, ClosureForm form, Model model) {
    model.addAttribute("case", detail);
    model.addAttribute("closure", form);
    model.addAttribute("reasons", ClosureReason.values());
    return "referral/closure";
  }

  private static String showReopening(CaseDetail detail, ReopenForm form, Model model) {
    model.addAttribute("case", detail);
    model.addAttribute("reopening", form);
    return "referral/reopening";
  }
}
