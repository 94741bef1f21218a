package org.tandem.partnersupport.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
import org.tandem.partnersupport.ContactMethod;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.partnersupport.HerWishes;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.internal.PartnerForms.AttemptForm;
import org.tandem.partnersupport.internal.PartnerForms.StatusForm;
import org.tandem.partnersupport.internal.PartnerForms.WishesForm;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Reaching her: contact attempts, where contact stands, and her wishes about contact. Behind the
 * wall.
 */
@Controller
class ContactController {

  private static final String BASE = HerRecordPages.BASE;

  private final PartnerSupport support;

  private final PartnerPageWords words;

  ContactController(PartnerSupport support, PartnerPageWords words) {
    this.support = support;
    this.words = words;
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
        new FormProblems(errors)
            .typed("attemptedOn", words.unreadableDate(form.getAttemptedOn(), "date"));
    LocalTime at = time(form.getAttemptedAt());
    if (at == null && form.getAttemptedAt() != null && !form.getAttemptedAt().isBlank()) {
      errors.rejectValue("attemptedAt", "invalid", words.say("partnersupport.problem.attemptTime"));
    }
    return FormFlow.submit(
        problems,
        model,
        () -> {
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
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.attempt"));
          return redirect(reference, partnerId);
        },
        () -> showAttempt(support.record(reference, partnerId), form, model));
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
        new FormProblems(errors)
            .typed("changedOn", words.unreadableDate(form.getChangedOn(), "dateItChanged"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          support.changeStatus(
              reference,
              partnerId,
              form.getStatus(),
              form.getChangedOn().toDate(),
              form.versionRead());
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.status"));
          return redirect(reference, partnerId);
        },
        () -> showStatus(support.record(reference, partnerId), form, model));
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
    return FormFlow.submit(
        problems,
        model,
        () -> {
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
                  form.versionRead()));
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.wishes"));
          return redirect(reference, partnerId);
        },
        () -> showWishes(support.record(reference, partnerId), form, model));
  }

  private String showWishes(PartnerRecord her, WishesForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("wishes", form);
    model.addAttribute("avoidable", ContactMethod.avoidable());
    return "partnersupport/wishes";
  }

  private static String redirect(String reference, long partnerId) {
    return HerRecordPages.redirect(reference, partnerId);
  }
}
