package org.tandem.programme.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Areas;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.programme.Curricula;
import org.tandem.programme.CurriculumSummary;
import org.tandem.programme.Groups;
import org.tandem.programme.NewGroup;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Validation;

/** The groups in the user's areas, setting one up, and one group with its men and curriculum. */
@Controller
class GroupController {

  private final Groups groups;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final Curricula curricula;

  GroupController(
      Groups groups,
      Areas areas,
      CurrentUsers currentUsers,
      Validation validation,
      Curricula curricula) {
    this.groups = groups;
    this.curricula = curricula;
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.validation = validation;
  }

  @GetMapping("/groups")
  @PreAuthorize(Roles.CASE_WORKERS)
  String groups(Model model) {
    model.addAttribute("groups", groups.groups());
    model.addAttribute("canAct", canAct(currentUsers.current()));
    model.addAttribute("canManageCurricula", currentUsers.current().has(Role.SERVICE_MANAGER));
    return "programme/groups";
  }

  @GetMapping("/groups/new")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  String newGroup(Model model) {
    GroupForm form = new GroupForm();
    var mine = areas.coveredBy(currentUsers.current());
    if (mine.size() == 1) {
      form.setAreaId(mine.get(0).id());
    }
    curricula.curricula().stream()
        .filter(CurriculumSummary::isDefault)
        .findFirst()
        .ifPresent(c -> form.setCurriculumId(c.id()));
    return showNew(form, model);
  }

  @PostMapping("/groups")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  String create(
      @ModelAttribute("group") GroupForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    NewGroup group = form.toNewGroup();
    FormProblems problems =
        form.unreadable(new FormProblems(errors)).checkedBy(() -> validation.problems(group));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          long id = groups.create(group);
          redirect.addFlashAttribute(
              "saved", (form.isIndividual() ? "Individual work" : "Group") + " set up");
          return "redirect:/groups/" + id;
        },
        () -> showNew(form, model));
  }

  @GetMapping("/groups/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  String group(@PathVariable long id, Model model) {
    model.addAttribute("group", groups.group(id));
    model.addAttribute("members", groups.members(id));
    model.addAttribute("curriculum", groups.curriculum(id));
    return "programme/group";
  }

  private String showNew(GroupForm form, Model model) {
    model.addAttribute("group", form);
    model.addAttribute("areas", areas.coveredBy(currentUsers.current()));
    model.addAttribute("curricula", curricula.curricula());
    return "programme/new-group";
  }

  static boolean canAct(CurrentUser me) {
    return me.has(Role.PERPETRATOR_WORKER) || me.has(Role.SERVICE_MANAGER);
  }
}
