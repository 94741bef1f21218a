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
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.programme.NonAssociationKind;
import org.tandem.programme.NonAssociations;
import org.tandem.programme.ProgrammeWords;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** A man's non-associations from his case: those that hold and ended, recording and ending one. */
@Controller
class NonAssociationController {

  private final NonAssociations nonAssociations;
  private final CurrentUsers currentUsers;
  private final ProgrammeWords words;

  NonAssociationController(
      NonAssociations nonAssociations, CurrentUsers currentUsers, ProgrammeWords words) {
    this.nonAssociations = nonAssociations;
    this.currentUsers = currentUsers;
    this.words = words;
  }

  @GetMapping("/cases/{reference}/non-associations")
  @PreAuthorize(Roles.CASE_WORKERS)
  String page(@PathVariable String reference, Model model) {
    return show(reference, new NonAssociationForms.Record(), model);
  }

  @PostMapping("/cases/{reference}/non-associations")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  String record(
      @PathVariable String reference,
      @ModelAttribute("nonAssociation") NonAssociationForms.Record form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          nonAssociations.record(reference, form.toNew());
          redirect.addFlashAttribute("saved", words.say("programme.saved.nonAssociationRecorded"));
          return "redirect:/cases/" + reference + "/non-associations";
        },
        () -> show(reference, form, model));
  }

  @PostMapping("/cases/{reference}/non-associations/{id}/end")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  String end(
      @PathVariable String reference,
      @PathVariable long id,
      @ModelAttribute("end") NonAssociationForms.End form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          nonAssociations.end(reference, id, form.getVersion());
          redirect.addFlashAttribute("saved", words.say("programme.saved.nonAssociationEnded"));
          return "redirect:/cases/" + reference + "/non-associations";
        },
        () -> show(reference, new NonAssociationForms.Record(), model));
  }

  private String show(String reference, NonAssociationForms.Record form, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("nonAssociations", nonAssociations.forCase(reference));
    model.addAttribute("nonAssociation", form);
    model.addAttribute("kinds", NonAssociationKind.values());
    model.addAttribute("canAct", GroupController.canAct(currentUsers.current()));
    return "programme/non-associations";
  }
}
