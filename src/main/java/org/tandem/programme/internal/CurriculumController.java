package org.tandem.programme.internal;

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
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.programme.Curricula;
import org.tandem.programme.CurriculumDetail;
import org.tandem.programme.CurriculumSession;
import org.tandem.programme.CurriculumSessionDetails;
import org.tandem.programme.CurriculumSummary;
import org.tandem.programme.ProgrammeWords;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/**
 * The service's curricula: the list with a form to copy one, one curriculum with its sessions and
 * totals, and changing a session. Everyone working on cases may look; only managers change them.
 */
@Controller
class CurriculumController {

  private static final java.util.List<Integer> STAGES = java.util.List.of(1, 2);

  private final Curricula curricula;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final ProgrammeWords words;

  CurriculumController(
      Curricula curricula, CurrentUsers currentUsers, Validation validation, ProgrammeWords words) {
    this.words = words;
    this.curricula = curricula;
    this.currentUsers = currentUsers;
    this.validation = validation;
  }

  @GetMapping("/curricula")
  @PreAuthorize(Roles.CASE_WORKERS)
  String list(Model model) {
    CurriculumCopyForm form = new CurriculumCopyForm();
    curricula.curricula().stream()
        .filter(CurriculumSummary::isDefault)
        .findFirst()
        .ifPresent(c -> form.setFromId(c.id()));
    return showList(form, model);
  }

  @PostMapping("/curricula")
  @PreAuthorize(Roles.MANAGER)
  String copy(
      @ModelAttribute("copy") CurriculumCopyForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          long id = curricula.copy(form.toNewCurriculum());
          redirect.addFlashAttribute("saved", words.say("programme.saved.curriculumCopied"));
          return "redirect:/curricula/" + id;
        },
        () -> showList(form, model));
  }

  @GetMapping("/curricula/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  String curriculum(@PathVariable long id, Model model) {
    return showCurriculum(id, new CurriculumSessionForm(), model);
  }

  @PostMapping("/curricula/{id}/sessions")
  @PreAuthorize(Roles.MANAGER)
  String addSession(
      @PathVariable long id,
      @ModelAttribute("newSession") CurriculumSessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    CurriculumSessionDetails details = form.toDetails();
    return FormFlow.submit(
        checked(form, details, errors),
        model,
        () -> {
          long sessionId = curricula.addSession(id, details);
          return sessionSaved(redirect, "programme.saved.sessionAdded", id, sessionId);
        },
        () -> showCurriculum(id, form, model));
  }

  @PostMapping("/curricula/{id}/default")
  @PreAuthorize(Roles.MANAGER)
  String makeDefault(@PathVariable long id, RedirectAttributes redirect) {
    curricula.makeDefault(id);
    redirect.addFlashAttribute("saved", words.say("programme.saved.nowDefault"));
    return "redirect:/curricula/" + id;
  }

  @PostMapping("/curricula/{id}/sessions/{sessionId}/move")
  @PreAuthorize(Roles.MANAGER)
  String move(
      @PathVariable long id,
      @PathVariable long sessionId,
      @RequestParam String direction,
      RedirectAttributes redirect) {
    curricula.move(id, sessionId, "up".equals(direction));
    redirect.addFlashAttribute("saved", words.say("programme.saved.sessionMoved"));
    return "redirect:/curricula/" + id + "#session-" + sessionId;
  }

  @GetMapping("/curricula/{id}/sessions/{sessionId}")
  @PreAuthorize(Roles.MANAGER)
  String session(@PathVariable long id, @PathVariable long sessionId, Model model) {
    CurriculumDetail c = curricula.curriculum(id);
    return showSession(c, sessionId, CurriculumSessionForm.of(sessionOf(c, sessionId)), model);
  }

  @PostMapping("/curricula/{id}/sessions/{sessionId}")
  @PreAuthorize(Roles.MANAGER)
  String editSession(
      @PathVariable long id,
      @PathVariable long sessionId,
      @ModelAttribute("sessionForm") CurriculumSessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    CurriculumSessionDetails details = form.toDetails();
    return FormFlow.submit(
        checked(form, details, errors),
        model,
        () -> {
          curricula.editSession(id, sessionId, details);
          return sessionSaved(redirect, "programme.saved.sessionChanged", id, sessionId);
        },
        () -> showSession(curricula.curriculum(id), sessionId, form, model));
  }

  private FormProblems checked(
      CurriculumSessionForm form, CurriculumSessionDetails details, BindingResult errors) {
    return form.unreadable(new FormProblems(errors), words)
        .checkedBy(() -> validation.problems(details));
  }

  private String sessionSaved(RedirectAttributes redirect, String key, long id, long sessionId) {
    redirect.addFlashAttribute("saved", words.say(key));
    return "redirect:/curricula/" + id + "#session-" + sessionId;
  }

  @PostMapping("/curricula/{id}/sessions/{sessionId}/remove")
  @PreAuthorize(Roles.MANAGER)
  String removeSession(
      @PathVariable long id,
      @PathVariable long sessionId,
      Model model,
      RedirectAttributes redirect) {
    try {
      curricula.removeSession(id, sessionId);
    } catch (InvalidRequestException e) {
      CurriculumDetail c = curricula.curriculum(id);
      model.addAttribute(
          "removeProblem", e.problems().stream().map(FieldProblem::message).findFirst().orElse(""));
      return showSession(c, sessionId, CurriculumSessionForm.of(sessionOf(c, sessionId)), model);
    }
    redirect.addFlashAttribute("saved", words.say("programme.saved.sessionRemoved"));
    return "redirect:/curricula/" + id;
  }

  private String showList(CurriculumCopyForm form, Model model) {
    model.addAttribute("curricula", curricula.curricula());
    model.addAttribute("copy", form);
    model.addAttribute("canManage", canManage());
    return "programme/curricula";
  }

  private String showCurriculum(long id, CurriculumSessionForm form, Model model) {
    model.addAttribute("curriculum", curricula.curriculum(id));
    model.addAttribute("newSession", form);
    model.addAttribute("stages", STAGES);
    model.addAttribute("canManage", canManage());
    return "programme/curriculum";
  }

  private String showSession(
      CurriculumDetail c, long sessionId, CurriculumSessionForm form, Model model) {
    CurriculumSession s = sessionOf(c, sessionId);
    model.addAttribute("curriculum", c);
    model.addAttribute("current", s);
    model.addAttribute("delivered", c.delivered(sessionId));
    model.addAttribute("sessionForm", form);
    model.addAttribute("stages", STAGES);
    return "programme/curriculum-session";
  }

  private CurriculumSession sessionOf(CurriculumDetail c, long sessionId) {
    return c.sessions().stream()
        .filter(s -> s.id() == sessionId)
        .findFirst()
        .orElseThrow(() -> words.notFound("programme.notFound.curriculumSession"));
  }

  private boolean canManage() {
    return currentUsers.current().has(Role.SERVICE_MANAGER);
  }
}
