package org.tandem.retention.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.CaseRef;
import org.tandem.access.Roles;
import org.tandem.referral.Referrals;
import org.tandem.retention.LegalHold;
import org.tandem.retention.Retention;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * A manager placing a legal hold on a case, which stops its anonymisation, or lifting it: each with
 * a reason. The page shows the hold in force and every hold before it.
 */
@Controller
class HoldController {

  private final Retention retention;
  private final Referrals referrals;

  private final MessageSource messages;

  HoldController(Retention retention, Referrals referrals, MessageSource messages) {
    this.messages = messages;
    this.retention = retention;
    this.referrals = referrals;
  }

  /** The reason typed, and whether the form lifts the hold in force or places a new one. */
  public static class HoldForm {
    private String reason;
    private boolean lifting;

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public boolean isLifting() {
      return lifting;
    }

    public void setLifting(boolean lifting) {
      this.lifting = lifting;
    }
  }

  @GetMapping("/cases/{reference}/legal-hold")
  @PreAuthorize(Roles.MANAGER)
  String form(@PathVariable String reference, Model model) {
    CaseRef opened = referrals.open(reference);
    List<LegalHold> holds = retention.holds(opened);
    HoldForm form = new HoldForm();
    form.setLifting(!holds.isEmpty() && holds.get(0).inForce());
    return show(opened, holds, form, model);
  }

  @PostMapping("/cases/{reference}/legal-hold")
  @PreAuthorize(Roles.MANAGER)
  String save(
      @PathVariable String reference,
      @ModelAttribute("hold") HoldForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    CaseRef opened = referrals.open(reference);
    FormProblems problems = new FormProblems(errors).checkedBy(List::of);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          if (form.isLifting()) {
            retention.liftHold(opened, form.getReason());
            redirect.addFlashAttribute("saved", saved("retention.saved.holdLifted"));
          } else {
            retention.placeHold(opened, form.getReason());
            redirect.addFlashAttribute("saved", saved("retention.saved.holdPlaced"));
          }
          return "redirect:/cases/" + opened.reference() + "/legal-hold";
        },
        () -> show(opened, retention.holds(opened), form, model));
  }

  private String saved(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private String show(CaseRef opened, List<LegalHold> holds, HoldForm form, Model model) {
    model.addAttribute("hold", form);
    model.addAttribute("reference", opened.reference());
    model.addAttribute("holds", holds);
    return "retention/hold";
  }
}
