package org.tandem.planner.internal;

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
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Renaming a saved scenario, and deleting one after a page that asks first. Whoever may save
 * scenarios may change them, except one set against a Tandem area they do not cover, which is not
 * found.
 */
@Controller
class ScenarioChangeController {

  private final Scenarios scenarios;

  ScenarioChangeController(Scenarios scenarios) {
    this.scenarios = scenarios;
  }

  @GetMapping("/planner/scenarios/{id}/rename")
  @PreAuthorize(Roles.REPORT_READERS)
  String renameForm(@PathVariable long id, Model model) {
    Scenario scenario = scenarios.manageable(id);
    RenameForm form = new RenameForm();
    form.setName(scenario.name());
    form.setVersion(scenario.version());
    model.addAttribute("rename", form);
    return showRename(scenario, model);
  }

  @PostMapping("/planner/scenarios/{id}/rename")
  @PreAuthorize(Roles.REPORT_READERS)
  String rename(
      @PathVariable long id,
      @ModelAttribute("rename") RenameForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Scenario scenario = scenarios.manageable(id);
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          Scenario renamed = scenarios.rename(id, form.versionRead(), form.getName(), "name");
          redirect.addFlashAttribute("renamedFrom", scenario.name());
          redirect.addFlashAttribute("renamed", renamed.name());
          return "redirect:/planner/scenarios";
        },
        () -> showRename(scenario, model));
  }

  @GetMapping("/planner/scenarios/{id}/delete")
  @PreAuthorize(Roles.REPORT_READERS)
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("scenario", scenarios.manageable(id));
    return "planner/delete";
  }

  @PostMapping("/planner/scenarios/{id}/delete")
  @PreAuthorize(Roles.REPORT_READERS)
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("deleted", scenarios.delete(id).name());
    return "redirect:/planner/scenarios";
  }

  private static String showRename(Scenario scenario, Model model) {
    model.addAttribute("scenario", scenario);
    return "planner/rename";
  }
}
