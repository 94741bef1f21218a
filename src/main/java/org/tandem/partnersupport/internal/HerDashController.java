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
import org.tandem.partnersupport.NewPartnerDash;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.internal.PartnerForms.DashForm;
import org.tandem.risk.DashIndicators;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** Her DASH risk checklist, completed with her. Behind the wall. */
@Controller
class HerDashController {

  private static final String BASE = HerRecordPages.BASE;

  private final PartnerSupport support;
  private final DashIndicators indicators;

  private final PartnerPageWords words;

  HerDashController(PartnerSupport support, DashIndicators indicators, PartnerPageWords words) {
    this.support = support;
    this.words = words;
    this.indicators = indicators;
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
        new FormProblems(errors)
            .typed("completedOn", words.unreadableDate(form.getCompletedOn(), "date"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          var score =
              support.recordDash(
                  reference,
                  partnerId,
                  new NewPartnerDash(
                      form.getCompletedOn().toDate(), answers(form), form.getNotes()));
          redirect.addFlashAttribute(
              "saved",
              words.say(
                  score.visibleHighRisk()
                      ? "partnersupport.saved.dashHighRisk"
                      : "partnersupport.saved.dash",
                  score.score()));
          return redirect(reference, partnerId);
        },
        () -> showDash(support.record(reference, partnerId), form, model));
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

  private static String redirect(String reference, long partnerId) {
    return HerRecordPages.redirect(reference, partnerId);
  }
}
