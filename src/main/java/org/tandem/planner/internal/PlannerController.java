package org.tandem.planner.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.access.Roles;
import org.tandem.planner.Assumptions;
import org.tandem.planner.PlannerForm;

/**
 * The planner page. It is a GET form, so every plan has an address that can be bookmarked or sent,
 * and pressing "Work out the plan" shows the results for what was typed.
 */
@Controller
class PlannerController {

  private final PlannerWork work;

  PlannerController(PlannerWork work) {
    this.work = work;
  }

  @GetMapping("/planner")
  @PreAuthorize(Roles.REPORT_READERS)
  String planner(
      @ModelAttribute("planner") PlannerForm form,
      BindingResult errors,
      HttpServletRequest request,
      Model model) {
    boolean submitted =
        request.getParameterMap().keySet().stream().anyMatch(k -> k.startsWith("areas["));
    if (submitted) {
      PlannerWork.Worked worked = work.work(form);
      if (worked.valid()) {
        model.addAttribute("plan", worked.plan());
        model.addAttribute("forecast", worked.forecast());
        model.addAttribute("parameters", form.asParameters());
      } else {
        worked.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
      }
    }
    form.fillDefaults();
    model.addAttribute("published", Assumptions.published());
    model.addAttribute("tandemAreas", work.linkableAreas());
    return "planner/planner";
  }
}
