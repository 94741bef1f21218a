package org.tandem.referral.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.DuplicateCheck;
import org.tandem.referral.PossibleDuplicates;
import org.tandem.referral.Referrals;
import org.tandem.referral.RepeatReferrals;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * A referral logged through the API with no answer about the same man: intake looks at the other
 * cases that may be him and links it as a repeat referral or confirms he is someone else.
 */
@Controller
@RequestMapping("/cases/{reference}/same-man")
class SameManController {

  private final Referrals referrals;
  private final RepeatReferrals repeats;
  private final PossibleDuplicates duplicates;
  private final ReferralWords words;

  SameManController(
      Referrals referrals,
      RepeatReferrals repeats,
      PossibleDuplicates duplicates,
      ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.repeats = repeats;
    this.duplicates = duplicates;
  }

  /** The answer: an earlier case's reference, or {@link IntakeForm#SOMEONE_ELSE}. */
  public static class SameManForm {
    private String repeatOf;

    public String getRepeatOf() {
      return repeatOf;
    }

    public void setRepeatOf(String repeatOf) {
      this.repeatOf = repeatOf;
    }
  }

  @GetMapping
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String form(@PathVariable String reference, Model model) {
    return show(reference, new SameManForm(), model);
  }

  @PostMapping
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String decide(
      @PathVariable String reference,
      @ModelAttribute("sameMan") SameManForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          repeats.decide(referrals.open(reference), check(form.getRepeatOf()), form.getRepeatOf());
          redirect.addFlashAttribute("saved", words.say("referral.saved.sameMan"));
          return "redirect:/cases/" + reference;
        },
        () -> show(reference, form, model));
  }

  private static DuplicateCheck check(String answer) {
    if (answer == null || answer.isBlank()) {
      return null;
    }
    return IntakeForm.SOMEONE_ELSE.equals(answer)
        ? DuplicateCheck.SOMEONE_ELSE
        : DuplicateCheck.REPEAT;
  }

  private String show(String reference, SameManForm form, Model model) {
    CaseDetail c = referrals.detail(reference);
    List<PossibleDuplicates.Match> matches =
        duplicates
            .find(
                new PossibleDuplicates.Query(
                    c.manGivenName(), c.manFamilyName(), c.manDateOfBirth(), c.manPhone()))
            .stream()
            .filter(m -> !m.reference().equals(c.reference()))
            .toList();
    model.addAttribute("case", c);
    model.addAttribute("sameMan", form);
    model.addAttribute("matches", matches);
    model.addAttribute("someoneElse", IntakeForm.SOMEONE_ELSE);
    return "referral/same-man";
  }
}
