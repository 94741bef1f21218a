package org.tandem.referral.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Areas;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.DuplicateCheck;
import org.tandem.referral.NewReferral;
import org.tandem.referral.PartnerRelationship;
import org.tandem.referral.PossibleDuplicates;
import org.tandem.referral.ProtectionStatus;
import org.tandem.referral.ReferralSource;
import org.tandem.referral.Referrals;
import org.tandem.referral.RepeatReferrals;
import org.tandem.referral.SharingBasis;
import org.tandem.web.DateInput;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.InvalidRequestException;

/**
 * The referral page: intake logs a new referral, first looking for the same man among the earlier
 * cases it may see. When some may be him, a page lists them and intake links the referral to one as
 * a repeat, or confirms he is someone else, before anything is saved.
 */
@Controller
@RequestMapping("/referrals/new")
class IntakeController {

  private final Referrals referrals;
  private final RepeatReferrals repeats;
  private final PossibleDuplicates duplicates;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;
  private final ReferralWords words;

  IntakeController(
      Referrals referrals,
      RepeatReferrals repeats,
      PossibleDuplicates duplicates,
      Areas areas,
      CurrentUsers currentUsers,
      ServiceClock clock,
      ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.repeats = repeats;
    this.duplicates = duplicates;
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String form(Model model) {
    IntakeForm form = new IntakeForm();
    form.setReferredOn(DateInput.of(clock.today()));
    form.getPartners().add(new ReferralForm.PartnerForm());
    var covered = areas.coveredBy(currentUsers.current());
    if (covered.size() == 1) {
      form.setAreaId(covered.get(0).id());
    }
    return show(form, model);
  }

  @PostMapping
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String submit(
      @ModelAttribute("referral") IntakeForm form,
      BindingResult errors,
      @RequestParam(name = "action", defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    if (action.equals("addPartner")) {
      addUpTo(form.getPartners(), NewReferral.MOST_PARTNERS, ReferralForm.PartnerForm::new);
      return show(form, model);
    }
    if (action.equals("addChild")) {
      addUpTo(form.getChildren(), NewReferral.MOST_CHILDREN, ReferralForm.ChildForm::new);
      return show(form, model);
    }
    if (action.equals("change")) {
      form.setMatchesShown(false);
      form.setRepeatOf(null);
      return show(form, model);
    }
    return FormFlow.submit(
        words.typedInto(form, new FormProblems(errors)).checkedBy(() -> rulesProblems(form)),
        model,
        () -> save(form, model, redirect),
        () -> showAgain(form, errors, model));
  }

  /**
   * Saves the referral once intake has answered about the possible matches, or when there are none;
   * otherwise shows them, keeping everything typed.
   */
  private String save(IntakeForm form, Model model, RedirectAttributes redirect) {
    NewReferral referral = form.toNewReferral();
    String reference;
    if (!form.isMatchesShown()) {
      referrals.validate(referral);
      List<PossibleDuplicates.Match> matches = duplicates.find(query(referral));
      if (!matches.isEmpty()) {
        return showMatches(form, matches, model);
      }
      reference = repeats.create(referral, DuplicateCheck.NONE_FOUND, null);
    } else if (!form.answered()) {
      throw words.refused("repeatOf", "referral.problem.selectWhetherHeIsOneOfTheseMen");
    } else {
      reference = repeats.create(referral, form.check(), form.getRepeatOf());
    }
    redirect.addFlashAttribute("created", reference);
    return "redirect:/cases/" + reference;
  }

  /** The matches again when only the answer about them is wrong; otherwise the whole form. */
  private String showAgain(IntakeForm form, BindingResult errors, Model model) {
    if (form.isMatchesShown() && errors.getErrorCount() == errors.getFieldErrorCount("repeatOf")) {
      return showMatches(form, duplicates.find(query(form.toNewReferral())), model);
    }
    form.setMatchesShown(false);
    return show(form, model);
  }

  private String showMatches(IntakeForm form, List<PossibleDuplicates.Match> matches, Model model) {
    form.setMatchesShown(true);
    model.addAttribute("referral", form);
    model.addAttribute("matches", matches);
    model.addAttribute("someoneElse", IntakeForm.SOMEONE_ELSE);
    return "referral/possible-duplicates";
  }

  private static PossibleDuplicates.Query query(NewReferral referral) {
    return new PossibleDuplicates.Query(
        referral.manGivenName(),
        referral.manFamilyName(),
        referral.manDateOfBirth(),
        referral.manPhone());
  }

  /**
   * Another empty set of boxes, unless the referral already has as many as it may name: the page
   * then offers no more, and a referral sent with more is refused with a message beside the list.
   */
  private static <T> void addUpTo(List<T> boxes, int most, Supplier<T> empty) {
    if (boxes.size() < most) {
      boxes.add(empty.get());
    }
  }

  private List<FieldProblem> rulesProblems(ReferralForm form) {
    try {
      referrals.validate(form.toNewReferral());
      return List.of();
    } catch (InvalidRequestException e) {
      return e.problems();
    }
  }

  private String show(IntakeForm form, Model model) {
    model.addAttribute("referral", form);
    model.addAttribute("areas", areas.coveredBy(currentUsers.current()));
    model.addAttribute("sources", ReferralSource.values());
    model.addAttribute("relationships", PartnerRelationship.values());
    model.addAttribute("protectionStatuses", ProtectionStatus.values());
    model.addAttribute("sharingBases", SharingBasis.values());
    model.addAttribute("mostPartners", NewReferral.MOST_PARTNERS);
    model.addAttribute("mostChildren", NewReferral.MOST_CHILDREN);
    return "referral/new";
  }
}
