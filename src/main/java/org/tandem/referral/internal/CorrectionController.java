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
import org.tandem.referral.Corrections;
import org.tandem.referral.Referrals;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Correcting his details: intake, who took them down, and managers, as for triage. The original of
 * each detail changed is kept, with who, when and why.
 */
@Controller
class CorrectionController {

  private static final String PATH = "/cases/{reference}/correction";

  private final Referrals referrals;
  private final Corrections corrections;
  private final ReferralWords words;

  CorrectionController(Referrals referrals, Corrections corrections, ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.corrections = corrections;
  }

  @GetMapping(PATH)
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String form(@PathVariable String reference, Model model) {
    return show(reference, HisCorrectionForm.of(referrals.detail(reference)), model);
  }

  @PostMapping(PATH)
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String correct(
      @PathVariable String reference,
      @ModelAttribute("correction") HisCorrectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date("dateOfBirth", form.getDateOfBirth(), words.say("referral.date.hisDateOfBirth"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          corrections.correctHim(reference, form.toCorrection());
          redirect.addFlashAttribute("saved", words.say("referral.saved.hisDetailsCorrected"));
          return "redirect:/cases/" + reference + "#corrections";
        },
        () -> show(reference, form, model));
  }

  private String show(String reference, HisCorrectionForm form, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("correction", form);
    return "referral/correction";
  }
}
