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
import org.tandem.partnersupport.NewSafetyPlan;
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.internal.PartnerForms.PlanForm;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** Her safety plan as a living document. Behind the wall. */
@Controller
class SafetyPlanController {

  private static final String BASE = HerRecordPages.BASE;

  private final PartnerSupport support;

  private final PartnerPageWords words;

  SafetyPlanController(PartnerSupport support, PartnerPageWords words) {
    this.support = support;
    this.words = words;
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
        new FormProblems(errors)
            .typed("reviewOn", words.unreadableDate(form.getReviewOn(), "reviewDate"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          support.reviseSafetyPlan(
              reference,
              partnerId,
              new NewSafetyPlan(form.getPlan(), form.getReviewOn().toDate(), form.getBasedOn()));
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.safetyPlan"));
          return redirect(reference, partnerId);
        },
        () -> showPlan(support.record(reference, partnerId), form, model));
  }

  private String showPlan(PartnerRecord her, PlanForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("plan", form);
    return "partnersupport/safety-plan";
  }

  private static String redirect(String reference, long partnerId) {
    return HerRecordPages.redirect(reference, partnerId);
  }
}
