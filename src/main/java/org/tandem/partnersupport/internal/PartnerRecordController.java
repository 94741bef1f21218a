package org.tandem.partnersupport.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.partnersupport.HerWishes;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.partnersupport.NewPartnerDash;
import org.tandem.partnersupport.NewReferralOn;
import org.tandem.partnersupport.NewSafetyPlan;
import org.tandem.partnersupport.NewSupportSession;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.ReferralOnService;
import org.tandem.partnersupport.SharedRiskItem;
import org.tandem.partnersupport.SupportKind;
import org.tandem.partnersupport.WomenEvaluations;
import org.tandem.partnersupport.WomensGroups;
import org.tandem.partnersupport.internal.PartnerForms.AttemptForm;
import org.tandem.partnersupport.internal.PartnerForms.DashForm;
import org.tandem.partnersupport.internal.PartnerForms.LetterSentForm;
import org.tandem.partnersupport.internal.PartnerForms.PlanForm;
import org.tandem.partnersupport.internal.PartnerForms.ReferralOnForm;
import org.tandem.partnersupport.internal.PartnerForms.SessionForm;
import org.tandem.partnersupport.internal.PartnerForms.ShareForm;
import org.tandem.partnersupport.internal.PartnerForms.StatusForm;
import org.tandem.partnersupport.internal.PartnerForms.WishesForm;
import org.tandem.programme.ProgrammeRecords;
import org.tandem.risk.DashIndicators;
import org.tandem.web.EditConflictException;
import org.tandem.web.FormProblems;
import org.tandem.web.InvalidRequestException;

/** Her record's pages, behind the wall: partner-support workers and service managers only. */
@Controller
class PartnerRecordController {

  private static final String BASE = "/cases/{reference}/partners/{partnerId}";

  private final PartnerSupport support;
  private final ProgrammeRecords programme;
  private final DashIndicators indicators;
  private final WomensGroups womensGroups;
  private final WomenEvaluations evaluations;
  private final ServiceClock clock;

  PartnerRecordController(
      PartnerSupport support,
      ProgrammeRecords programme,
      DashIndicators indicators,
      WomensGroups womensGroups,
      WomenEvaluations evaluations,
      ServiceClock clock) {
    this.support = support;
    this.programme = programme;
    this.indicators = indicators;
    this.womensGroups = womensGroups;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  @GetMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String record(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    WallPass pass = support.behindTheWall(reference);
    PartnerRecord her = support.record(pass, partnerId);
    model.addAttribute("her", her);
    if (her.consentToAttendance()) {
      model.addAttribute("attendance", programme.latest(pass.caseRef()).orElse(null));
    }
    model.addAttribute("letterSent", letterSentForm(her));
    model.addAttribute("womensGroups", womensGroups.attendanceOf(pass, partnerId));
    model.addAttribute("evaluations", evaluations.evaluations(pass, partnerId));
    return "partnersupport/partner";
  }

  private static LetterSentForm letterSentForm(PartnerRecord her) {
    LetterSentForm form = new LetterSentForm();
    form.setVersion(her.version());
    return form;
  }

  // --- the letter ---

  @GetMapping(BASE + "/letter.pdf")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable long partnerId) {
    byte[] pdf = support.letter(reference, partnerId);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("letter-" + reference + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  @PostMapping(BASE + "/letter-sent")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String letterSent(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("letterSent") LetterSentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems = new FormProblems(errors).date("sentOn", form.getSentOn(), "The date");
    if (problems.readable()) {
      try {
        support.letterSent(
            reference,
            partnerId,
            form.getSentOn().isBlank() ? clock.today() : form.getSentOn().toDate(),
            form.getVersion() == null ? -1 : form.getVersion());
        redirect.addFlashAttribute("saved", "Letter and information pack recorded as sent");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      } catch (EditConflictException e) {
        model.addAttribute("conflict", true);
      }
    }
    problems.rejectDates();
    PartnerRecord her = support.record(reference, partnerId);
    model.addAttribute("her", her);
    return "partnersupport/partner";
  }

  // --- a contact attempt ---

  @GetMapping(BASE + "/attempts/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String attemptForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return showAttempt(support.record(reference, partnerId), new AttemptForm(), model);
  }

  @PostMapping(BASE + "/attempts")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String recordAttempt(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("attempt") AttemptForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors).date("attemptedOn", form.getAttemptedOn(), "The date");
    LocalTime at = time(form.getAttemptedAt());
    if (at == null && form.getAttemptedAt() != null && !form.getAttemptedAt().isBlank()) {
      errors.rejectValue(
          "attemptedAt", "invalid", "Enter the time as hours and minutes, for example 14:30");
    }
    if (problems.readable()) {
      try {
        support.recordAttempt(
            reference,
            partnerId,
            new NewContactAttempt(
                form.getMethod(),
                form.getAttemptedOn().toDate(),
                at,
                form.getOutcome(),
                form.getVenue(),
                form.getNotes(),
                form.isWithinSafeTimes()));
        redirect.addFlashAttribute("saved", "Contact attempt recorded");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      } catch (EditConflictException e) {
        model.addAttribute("conflict", true);
      }
    }
    problems.rejectDates();
    return showAttempt(support.record(reference, partnerId), form, model);
  }

  private static LocalTime time(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(typed.strip().replace('.', ':'));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String showAttempt(PartnerRecord her, AttemptForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("attempt", form);
    model.addAttribute(
        "methods",
        ContactMethod.attempts().stream().filter(m -> !her.doNotContactBy().contains(m)).toList());
    model.addAttribute("outcomes", ContactOutcome.values());
    return "partnersupport/attempt";
  }

  // --- where contact stands ---

  @GetMapping(BASE + "/status")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String statusForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    PartnerRecord her = support.record(reference, partnerId);
    StatusForm form = new StatusForm();
    form.setVersion(her.version());
    return showStatus(her, form, model);
  }

  @PostMapping(BASE + "/status")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String changeStatus(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("status") StatusForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors).date("changedOn", form.getChangedOn(), "The date it changed");
    if (problems.readable()) {
      try {
        support.changeStatus(
            reference,
            partnerId,
            form.getStatus(),
            form.getChangedOn().toDate(),
            form.getVersion() == null ? -1 : form.getVersion());
        redirect.addFlashAttribute("saved", "Contact status recorded");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      } catch (EditConflictException e) {
        model.addAttribute("conflict", true);
      }
    }
    problems.rejectDates();
    return showStatus(support.record(reference, partnerId), form, model);
  }

  private String showStatus(PartnerRecord her, StatusForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("status", form);
    model.addAttribute("statuses", her.status().moves().stream().sorted().toList());
    return "partnersupport/status";
  }

  // --- her wishes, views and consents ---

  @GetMapping(BASE + "/wishes")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String wishesForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    PartnerRecord her = support.record(reference, partnerId);
    WishesForm form = new WishesForm();
    form.setSafeContactTimes(her.safeContactTimes());
    form.getDoNotContactBy().addAll(her.doNotContactBy());
    form.setConsentToShare(her.consentToShare());
    form.setConsentToAttendance(her.consentToAttendance());
    form.setHerViewOfSafety(her.herViewOfSafety());
    form.setChildrensSafetyView(her.childrensSafetyView());
    form.setVersion(her.version());
    return showWishes(her, form, model);
  }

  @PostMapping(BASE + "/wishes")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String updateWishes(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("wishes") WishesForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems = new FormProblems(errors);
    if (problems.readable()) {
      try {
        support.updateWishes(
            reference,
            partnerId,
            new HerWishes(
                form.getSafeContactTimes(),
                form.getDoNotContactBy(),
                form.getConsentToShare(),
                form.isConsentToAttendance(),
                form.getHerViewOfSafety(),
                form.getChildrensSafetyView(),
                form.getVersion() == null ? -1 : form.getVersion()));
        redirect.addFlashAttribute("saved", "Her wishes and views recorded");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      } catch (EditConflictException e) {
        model.addAttribute("conflict", true);
      }
    }
    return showWishes(support.record(reference, partnerId), form, model);
  }

  private String showWishes(PartnerRecord her, WishesForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("wishes", form);
    model.addAttribute("avoidable", ContactMethod.avoidable());
    return "partnersupport/wishes";
  }

  // --- her DASH ---

  @GetMapping(BASE + "/dash")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String dashForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return showDash(support.record(reference, partnerId), new DashForm(), model);
  }

  @PostMapping(BASE + "/dash")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String recordDash(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("dash") DashForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors).date("completedOn", form.getCompletedOn(), "The date");
    if (problems.readable()) {
      try {
        var score =
            support.recordDash(
                reference,
                partnerId,
                new NewPartnerDash(form.getCompletedOn().toDate(), answers(form), form.getNotes()));
        redirect.addFlashAttribute(
            "saved",
            "Her DASH recorded: "
                + score.score()
                + " of 24"
                + (score.visibleHighRisk()
                    ? ". Visible high risk: the case is now high risk and a MARAC referral is due"
                    : ""));
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      }
    }
    problems.rejectDates();
    return showDash(support.record(reference, partnerId), form, model);
  }

  /** The answers to questions 1 to 24; anything else sent is ignored. */
  private static java.util.Map<Integer, org.tandem.risk.DashAnswer> answers(DashForm form) {
    java.util.Map<Integer, org.tandem.risk.DashAnswer> answers = new java.util.TreeMap<>();
    for (int n = 1; n <= org.tandem.risk.DashScore.INDICATORS; n++) {
      answers.put(n, form.getAnswers().get(String.valueOf(n)));
    }
    return answers;
  }

  private String showDash(PartnerRecord her, DashForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("dash", form);
    model.addAttribute("indicators", indicators.all());
    model.addAttribute("answers", org.tandem.risk.DashAnswer.values());
    return "partnersupport/dash";
  }

  // --- her safety plan ---

  @GetMapping(BASE + "/safety-plan")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String planForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    PartnerRecord her = support.record(reference, partnerId);
    PlanForm form = new PlanForm();
    if (her.safetyPlan() != null) {
      form.setPlan(her.safetyPlan().plan());
      form.setBasedOn(her.safetyPlan().revision());
    }
    return showPlan(her, form, model);
  }

  @PostMapping(BASE + "/safety-plan")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String revisePlan(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("plan") PlanForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors).date("reviewOn", form.getReviewOn(), "The review date");
    if (problems.readable()) {
      try {
        support.reviseSafetyPlan(
            reference,
            partnerId,
            new NewSafetyPlan(form.getPlan(), form.getReviewOn().toDate(), form.getBasedOn()));
        redirect.addFlashAttribute("saved", "Safety plan saved");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      } catch (EditConflictException e) {
        model.addAttribute("conflict", true);
      }
    }
    problems.rejectDates();
    return showPlan(support.record(reference, partnerId), form, model);
  }

  private String showPlan(PartnerRecord her, PlanForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("plan", form);
    return "partnersupport/safety-plan";
  }

  // --- a referral on ---

  @GetMapping(BASE + "/referrals-on/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String referralOnForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return showReferralOn(support.record(reference, partnerId), new ReferralOnForm(), model);
  }

  @PostMapping(BASE + "/referrals-on")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String referOn(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("referralOn") ReferralOnForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors).date("referredOn", form.getReferredOn(), "The date");
    if (problems.readable()) {
      try {
        support.referOn(
            reference,
            partnerId,
            new NewReferralOn(form.getService(), form.getReferredOn().toDate(), form.getDetail()));
        redirect.addFlashAttribute("saved", "Referral on recorded");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      }
    }
    problems.rejectDates();
    return showReferralOn(support.record(reference, partnerId), form, model);
  }

  private String showReferralOn(PartnerRecord her, ReferralOnForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("referralOn", form);
    model.addAttribute("services", ReferralOnService.values());
    return "partnersupport/referral-on";
  }

  // --- one-to-one and telephone work ---

  @GetMapping(BASE + "/sessions/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String sessionForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return showSession(support.record(reference, partnerId), new SessionForm(), model);
  }

  @PostMapping(BASE + "/sessions")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String recordSession(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("supportSession") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems = new FormProblems(errors).date("heldOn", form.getHeldOn(), "The date");
    Integer minutes = minutes(form.getMinutes());
    if (minutes == null && form.getMinutes() != null && !form.getMinutes().isBlank()) {
      errors.rejectValue("minutes", "invalid", "Enter the length in whole minutes, like 45");
    }
    if (problems.readable()) {
      try {
        support.recordSession(
            reference,
            partnerId,
            new NewSupportSession(
                form.getKind(), form.getHeldOn().toDate(), minutes, form.getNotes()));
        redirect.addFlashAttribute("saved", "Support session recorded");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      }
    }
    problems.rejectDates();
    return showSession(support.record(reference, partnerId), form, model);
  }

  private static Integer minutes(String typed) {
    try {
      return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String showSession(PartnerRecord her, SessionForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("supportSession", form);
    model.addAttribute("kinds", SupportKind.values());
    return "partnersupport/session";
  }

  // --- risk information she may share ---

  @GetMapping(BASE + "/share")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String shareForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return showShare(support.record(reference, partnerId), new ShareForm(), model);
  }

  @PostMapping(BASE + "/share")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String share(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("share") ShareForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors).date("occurredOn", form.getOccurredOn(), "The date");
    if (problems.readable()) {
      try {
        support.shareRiskItem(
            reference,
            partnerId,
            new SharedRiskItem(form.getOccurredOn().toDate(), form.getSummary()));
        redirect.addFlashAttribute(
            "saved", "Risk information shared on the family’s risk timeline");
        return redirect(reference, partnerId);
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      }
    }
    problems.rejectDates();
    return showShare(support.record(reference, partnerId), form, model);
  }

  private String showShare(PartnerRecord her, ShareForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("share", form);
    return "partnersupport/share";
  }

  private static String redirect(String reference, long partnerId) {
    return "redirect:/cases/" + reference + "/partners/" + partnerId;
  }
}
