package org.tandem.partnersupport.internal;

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
import org.tandem.consent.LawfulBasis;
import org.tandem.partnersupport.NewReferralOn;
import org.tandem.partnersupport.NewSupportSession;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.ReferralOnService;
import org.tandem.partnersupport.SupportKind;
import org.tandem.partnersupport.internal.PartnerForms.ReferralOnForm;
import org.tandem.partnersupport.internal.PartnerForms.SessionForm;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Support work with her: referrals on to other services, one-to-one and telephone sessions. Behind
 * the wall.
 */
@Controller
class SupportWorkController {

  private static final String BASE = HerRecordPages.BASE;

  private final PartnerSupport support;

  private final PartnerPageWords words;

  SupportWorkController(PartnerSupport support, PartnerPageWords words) {
    this.support = support;
    this.words = words;
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
        new FormProblems(errors)
            .typed("referredOn", words.unreadableDate(form.getReferredOn(), "date"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          support.referOn(
              reference,
              partnerId,
              new NewReferralOn(
                  form.getService(),
                  form.getReferredOn().toDate(),
                  form.getDetail(),
                  form.getBasis(),
                  form.getBasisReason()));
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.referralOn"));
          return redirect(reference, partnerId);
        },
        () -> showReferralOn(support.record(reference, partnerId), form, model));
  }

  private String showReferralOn(PartnerRecord her, ReferralOnForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("referralOn", form);
    model.addAttribute("services", ReferralOnService.values());
    model.addAttribute("bases", LawfulBasis.values());
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
    FormProblems problems =
        new FormProblems(errors).typed("heldOn", words.unreadableDate(form.getHeldOn(), "date"));
    Integer minutes = minutes(form.getMinutes());
    if (minutes == null && form.getMinutes() != null && !form.getMinutes().isBlank()) {
      errors.rejectValue("minutes", "invalid", words.say("partnersupport.problem.minutesWhole"));
    }
    return FormFlow.submit(
        problems,
        model,
        () -> {
          support.recordSession(
              reference,
              partnerId,
              new NewSupportSession(
                  form.getKind(), form.getHeldOn().toDate(), minutes, form.getNotes()));
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.session"));
          return redirect(reference, partnerId);
        },
        () -> showSession(support.record(reference, partnerId), form, model));
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

  private static String redirect(String reference, long partnerId) {
    return HerRecordPages.redirect(reference, partnerId);
  }
}
