package org.tandem.access.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Areas;
import org.tandem.access.Roles;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** Areas: a service manager or administrator adds a commissioning area. */
@Controller
class AreaController {

  private final AreaCreation creation;
  private final Areas areas;

  AreaController(AreaCreation creation, Areas areas) {
    this.creation = creation;
    this.areas = areas;
  }

  @GetMapping("/areas")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String list(Model model) {
    if (!model.containsAttribute("area")) {
      model.addAttribute("area", new NewArea("", ""));
    }
    model.addAttribute("areas", areas.all());
    return "access/areas";
  }

  @PostMapping("/areas")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String create(
      @ModelAttribute("area") NewArea area,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          var created = creation.create(area);
          redirect.addFlashAttribute("createdArea", created.code());
          return "redirect:/areas";
        },
        () -> list(model));
  }
}
