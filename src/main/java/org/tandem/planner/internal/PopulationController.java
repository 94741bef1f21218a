package org.tandem.planner.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.AreaPopulation;
import org.tandem.access.Roles;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Population figures: a manager or the system administrator records each area's population and
 * adult women, the denominators of the benchmarks and the MARAC-style return. The form carries the
 * version of the figures it showed; a save after someone else's is refused, with what was typed
 * kept.
 */
@Controller
class PopulationController {

  private final PopulationRecording recording;

  PopulationController(PopulationRecording recording) {
    this.recording = recording;
  }

  @GetMapping("/outcomes/population")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String list(Model model) {
    model.addAttribute("areas", recording.mine());
    return "planner/populations";
  }

  @GetMapping("/outcomes/population/{code}")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String form(
      @PathVariable String code, @RequestParam(required = false) Boolean fromPlanner, Model model) {
    AreaPopulation area = recording.require(code);
    var offer = recording.plannerOffer(area);
    if (!model.containsAttribute("figures")) {
      FiguresForm figures =
          Boolean.TRUE.equals(fromPlanner) && offer.isPresent()
              ? FiguresForm.of(
                  Long.toString(offer.get().area().population()),
                  Long.toString(offer.get().area().adultWomen()),
                  offer.get().scenario(),
                  area.version())
              : FiguresForm.of(
                  text(area.population()), text(area.adultWomen()), area.source(), area.version());
      model.addAttribute("figures", figures);
    }
    model.addAttribute("area", area);
    model.addAttribute("offer", offer.orElse(null));
    return "planner/population";
  }

  @PostMapping("/outcomes/population/{code}")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String save(
      @PathVariable String code,
      @ModelAttribute("figures") FiguresForm figures,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          AreaPopulation saved = recording.record(code, figures.typed());
          redirect.addFlashAttribute("savedArea", saved.area().name());
          return "redirect:/outcomes/population";
        },
        () -> form(code, null, model));
  }

  private static String text(Integer n) {
    return n == null ? "" : n.toString();
  }
}
