package org.tandem.programme.internal;

import java.util.List;
import java.util.Map;
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
import org.tandem.access.Areas;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.programme.Curricula;
import org.tandem.programme.CurriculumSummary;
import org.tandem.programme.Enrolments;
import org.tandem.programme.GroupSummary;
import org.tandem.programme.Groups;
import org.tandem.programme.NewGroup;
import org.tandem.programme.NonAssociationKind;
import org.tandem.programme.NonAssociations;
import org.tandem.programme.ProgrammeWords;
import org.tandem.programme.ReadyForAPlace;
import org.tandem.programme.Registers;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/** The groups in the user's areas, setting one up, and one group with its men and curriculum. */
@Controller
class GroupController {

  private final Groups groups;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final Curricula curricula;
  private final Registers registers;
  private final Enrolments enrolments;
  private final NonAssociations nonAssociations;
  private final ProgrammeWords words;

  GroupController(
      Groups groups,
      Registers registers,
      Enrolments enrolments,
      NonAssociations nonAssociations,
      Areas areas,
      CurrentUsers currentUsers,
      Validation validation,
      Curricula curricula,
      ProgrammeWords words) {
    this.words = words;
    this.groups = groups;
    this.curricula = curricula;
    this.registers = registers;
    this.enrolments = enrolments;
    this.nonAssociations = nonAssociations;
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
        form.unreadable(new FormProblems(errors), words)
            .checkedBy(() -> validation.problems(group));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          long id = groups.create(group);
          redirect.addFlashAttribute(
              "saved",
              words.say(
                  form.isIndividual()
                      ? "programme.saved.individualWorkSetUp"
                      : "programme.saved.groupSetUp"));
          return "redirect:/groups/" + id;
        },
        () -> showNew(form, model));
  }

  @GetMapping("/groups/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  String group(
      @PathVariable long id,
      @RequestParam(name = "sessions", defaultValue = "0") int page,
      Model model) {
    return show(id, page, new PlaceForms.GroupPlace(), model);
  }

  @PostMapping("/groups/{id}/places")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  String place(
      @PathVariable long id,
      @ModelAttribute("place") PlaceForms.GroupPlace form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (form.getReference() == null || form.getReference().isBlank()) {
      errors.rejectValue(
          "reference", "invalid", words.say("programme.problem.selectTheManToGiveAPlace"));
    }
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          try {
            enrolments.enrol(form.getReference(), id, form.isWithInterpreter(), null);
          } catch (InvalidRequestException e) {
            // The place rules name the group or the manager's reason; on this page both are
            // about the man chosen.
            throw new InvalidRequestException(
                e.problems().stream()
                    .map(p -> new FieldProblem("reference", p.message()))
                    .distinct()
                    .toList());
          }
          redirect.addFlashAttribute(
              "saved", words.say("programme.saved.placeGivenTo", form.getReference()));
          return "redirect:/groups/" + id + "#men";
        },
        () -> show(id, 0, form, model));
  }

  private String show(long id, int page, PlaceForms.GroupPlace place, Model model) {
    GroupSummary group = groups.group(id);
    CurrentUser me = currentUsers.current();
    boolean canPlace = canAct(me) && group.placesFree() > 0;
    model.addAttribute("group", group);
    model.addAttribute("members", groups.members(id));
    model.addAttribute("curriculum", groups.curriculum(id));
    model.addAttribute("held", registers.held(id, page));
    model.addAttribute("canOpenRegisters", canAct(me));
    model.addAttribute("canPlace", canPlace);
    // A man who must not be with one of its members is not offered the group; the page says why.
    List<ReadyForAPlace> waiting = canPlace ? groups.readyForAPlace(id) : List.of();
    Map<String, NonAssociationKind> barred =
        waiting.isEmpty() ? Map.of() : nonAssociations.menBarredFrom(id);
    model.addAttribute(
        "ready", waiting.stream().filter(m -> !barred.containsKey(m.reference())).toList());
    model.addAttribute(
        "barred",
        waiting.stream()
            .filter(m -> barred.containsKey(m.reference()))
            .map(m -> Map.entry(m.reference(), barred.get(m.reference())))
            .toList());
    model.addAttribute("place", place);
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
