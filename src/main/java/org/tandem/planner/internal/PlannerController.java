package org.tandem.planner.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.planner.PlannerForm;

/**
 * The planner page. It is a GET form, so every plan has an address that can be bookmarked or sent,
 * and pressing "Work out the plan" shows the results for what was typed.
 */
@Controller
class PlannerController {

  private final PlannerWork work;
  private final Scenarios scenarios;
  private final MessageSource messages;
  private final PlannerInputsHtml inputs;

  PlannerController(
      PlannerWork work, Scenarios scenarios, MessageSource messages, PlannerInputsHtml inputs) {
    this.work = work;
    this.scenarios = scenarios;
    this.messages = messages;
    this.inputs = inputs;
  }

  @GetMapping("/planner")
  @PreAuthorize(Roles.REPORT_READERS)
  String planner(
      @ModelAttribute("planner") PlannerForm typed,
      BindingResult typedErrors,
      @RequestParam(required = false) Long scenario,
      HttpServletRequest request,
      Model model) {
    boolean submitted =
        request.getParameterMap().keySet().stream().anyMatch(k -> k.startsWith("areas["));
    PlannerForm form = typed;
    BindingResult errors = typedErrors;
    if (scenario != null && !submitted) {
      // A saved scenario opens as the form that made it, worked out again.
      Scenario saved = scenarios.get(scenario);
      form = PlannerForm.of(saved.inputs());
      errors = new BeanPropertyBindingResult(form, "planner");
      model.addAttribute("planner", form);
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "planner", errors);
      model.addAttribute("scenarioName", saved.name());
      submitted = true;
    }
    if (submitted) {
      PlannerWork.Worked worked = work.work(form);
      if (worked.valid()) {
        model.addAttribute("plan", worked.plan());
        model.addAttribute("forecast", worked.forecast());
        model.addAttribute("parameters", form.asParameters());
      } else {
        for (var p : worked.problems()) {
          errors.rejectValue(p.field(), "invalid", p.message());
        }
      }
    }
    form.fillDefaults();
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "inputs",
        inputs.of(PlannerQuestions.of(errors, messages, locale), work.linkableAreas(), locale));
    return "planner/planner";
  }
}
