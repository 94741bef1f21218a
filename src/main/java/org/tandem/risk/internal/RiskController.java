package org.tandem.risk.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.referral.Referrals;
import org.tandem.referral.RiskLevel;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.NewRiskReview;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;
import org.tandem.risk.RiskPicture;
import org.tandem.risk.RiskWords;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.NotFoundException;

/**
 * A family's risk: the level, the timeline, MARAC referrals and risk reviews, and the forms that
 * add to them.
 */
@Controller
class RiskController {

  /** A form page of its own: its template, the form's name, and the choices it offers. */
  private record FormPage(String view, String form, String choices, Object[] values) {}

  private static final FormPage EVENT =
      new FormPage("risk/event", "event", "kinds", RiskEventKind.values());
  private static final FormPage REVIEW =
      new FormPage("risk/review", "review", "levels", RiskLevel.values());

  private final RiskManagement risk;
  private final Referrals referrals;
  private final CurrentUsers currentUsers;
  private final RiskWords words;

  RiskController(
      RiskManagement risk, Referrals referrals, CurrentUsers currentUsers, RiskWords words) {
    this.risk = risk;
    this.words = words;
    this.referrals = referrals;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/cases/{reference}/risk")
  @PreAuthorize(Roles.CASE_WORKERS)
  String picture(@PathVariable String reference, Model model) {
    model.addAttribute("picture", risk.picture(reference));
    CurrentUser me = currentUsers.current();
    model.addAttribute(
        "canRecord",
        me.has(Role.PERPETRATOR_WORKER)
            || me.has(Role.PARTNER_SUPPORT_WORKER)
            || me.has(Role.CHILDRENS_WORKER)
            || me.has(Role.SERVICE_MANAGER));
    return "risk/picture";
  }

  // --- a risk event ---

  @GetMapping("/cases/{reference}/risk/events/new")
  @PreAuthorize(RiskRoles.RECORDERS)
  String eventForm(@PathVariable String reference, Model model) {
    return show(EVENT, reference, new RiskEventForm(), model);
  }

  @PostMapping("/cases/{reference}/risk/events")
  @PreAuthorize(RiskRoles.RECORDERS)
  String recordEvent(
      @PathVariable String reference,
      @ModelAttribute("event") RiskEventForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("occurredOn", words.unreadableDate("occurredOn", form.getOccurredOn()));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          risk.recordEvent(
              reference,
              new NewRiskEvent(
                  form.getKind(),
                  form.getOccurredOn().toDate(),
                  form.getSummary(),
                  form.getSource(),
                  form.isRaisesAlert()));
          return saved(redirect, "risk.saved.event", reference);
        },
        () -> show(EVENT, reference, form, model));
  }

  // --- a referral to MARAC on professional judgement ---

  @GetMapping("/cases/{reference}/marac/new")
  @PreAuthorize(RiskRoles.RECORDERS)
  String judgementForm(@PathVariable String reference, Model model) {
    referrals.open(reference);
    model.addAttribute("reference", reference);
    model.addAttribute("marac", new MaracForm());
    return "risk/judgement";
  }

  @PostMapping("/cases/{reference}/marac")
  @PreAuthorize(RiskRoles.RECORDERS)
  String referOnJudgement(
      @PathVariable String reference,
      @ModelAttribute("marac") MaracForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          risk.referOnProfessionalJudgement(reference, form.getReason());
          return saved(redirect, "risk.saved.maracTask", reference);
        },
        () -> {
          model.addAttribute("reference", reference);
          return "risk/judgement";
        });
  }

  // --- a MARAC referral made, and its meeting's outcome ---

  @GetMapping("/cases/{reference}/marac/{id}/made")
  @PreAuthorize(RiskRoles.RECORDERS)
  String madeForm(@PathVariable String reference, @PathVariable long id, Model model) {
    RiskPicture.MaracReferral referral = maracReferral(reference, id);
    MaracForm form = new MaracForm();
    form.setVersion(referral.version());
    form.setReferredOn(DateInput.of(referral.referredOn()));
    return showMarac(reference, referral, form, "risk/marac-made", model);
  }

  @PostMapping("/cases/{reference}/marac/{id}/made")
  @PreAuthorize(RiskRoles.RECORDERS)
  String made(
      @PathVariable String reference,
      @PathVariable long id,
      @ModelAttribute("marac") MaracForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("referredOn", words.unreadableDate("referredOn", form.getReferredOn()));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          risk.recordMaracReferralMade(
              reference, id, form.getReferredOn().toDate(), form.versionRead());
          return saved(redirect, "risk.saved.maracMade", reference);
        },
        () -> showMarac(reference, maracReferral(reference, id), form, "risk/marac-made", model));
  }

  @GetMapping("/cases/{reference}/marac/{id}/outcome")
  @PreAuthorize(RiskRoles.RECORDERS)
  String outcomeForm(@PathVariable String reference, @PathVariable long id, Model model) {
    RiskPicture.MaracReferral referral = maracReferral(reference, id);
    MaracForm form = new MaracForm();
    form.setVersion(referral.version());
    form.setMeetingOn(DateInput.of(referral.meetingOn()));
    form.setMeetingOutcome(referral.meetingOutcome());
    return showMarac(reference, referral, form, "risk/marac-outcome", model);
  }

  @PostMapping("/cases/{reference}/marac/{id}/outcome")
  @PreAuthorize(RiskRoles.RECORDERS)
  String outcome(
      @PathVariable String reference,
      @PathVariable long id,
      @ModelAttribute("marac") MaracForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("meetingOn", words.unreadableDate("meetingOn", form.getMeetingOn()));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          risk.recordMaracOutcome(
              reference,
              id,
              form.getMeetingOn().toDate(),
              form.getMeetingOutcome(),
              form.versionRead());
          return saved(redirect, "risk.saved.maracOutcome", reference);
        },
        () ->
            showMarac(reference, maracReferral(reference, id), form, "risk/marac-outcome", model));
  }

  private RiskPicture.MaracReferral maracReferral(String reference, long id) {
    return risk.picture(reference).maracReferrals().stream()
        .filter(m -> m.id() == id)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException(words.say("risk.problem.noSuchMaracReferral", reference)));
  }

  private String showMarac(
      String reference,
      RiskPicture.MaracReferral referral,
      MaracForm form,
      String view,
      Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("referral", referral);
    model.addAttribute("marac", form);
    return view;
  }

  // --- a risk review ---

  @GetMapping("/cases/{reference}/risk/reviews/new")
  @PreAuthorize(RiskRoles.RECORDERS)
  String reviewForm(@PathVariable String reference, Model model) {
    return show(REVIEW, reference, new RiskReviewForm(), model);
  }

  @PostMapping("/cases/{reference}/risk/reviews")
  @PreAuthorize(RiskRoles.RECORDERS)
  String recordReview(
      @PathVariable String reference,
      @ModelAttribute("review") RiskReviewForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("heldOn", words.unreadableDate("heldOn", form.getHeldOn()))
            .typed("nextReviewOn", words.unreadableDate("nextReviewOn", form.getNextReviewOn()));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          risk.recordReview(
              reference,
              new NewRiskReview(
                  form.getHeldOn().toDate(),
                  form.getAttendees(),
                  form.getDecisions(),
                  form.getRiskLevel(),
                  form.getNextReviewOn().toDate()));
          return saved(redirect, "risk.saved.review", reference);
        },
        () -> show(REVIEW, reference, form, model));
  }

  /** A form on a case: one outside the user's areas is refused (as not found) before it shows. */
  private String show(FormPage page, String reference, Object form, Model model) {
    referrals.open(reference);
    model.addAttribute("reference", reference);
    model.addAttribute(page.form(), form);
    model.addAttribute(page.choices(), page.values());
    return page.view();
  }

  private String saved(RedirectAttributes redirect, String key, String reference) {
    redirect.addFlashAttribute("saved", words.say(key));
    return "redirect:/cases/" + reference + "/risk";
  }
}
