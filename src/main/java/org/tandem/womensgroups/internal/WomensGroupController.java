package org.tandem.womensgroups.internal;

import java.util.LinkedHashMap;
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
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.DateInput;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;
import org.tandem.womensgroups.WomensGroupSessions;
import org.tandem.womensgroups.WomensGroupSessions.RegisterEntry;
import org.tandem.womensgroups.WomensGroupSessions.SessionDetail;
import org.tandem.womensgroups.WomensGroups;
import org.tandem.womensgroups.WomensGroups.Group;
import org.tandem.womensgroups.WomensGroups.NewMember;

/**
 * The women's group pages: the groups in the user's areas, setting one up, one group with its women
 * and sessions, adding a woman, and recording or changing a session with its register. Behind the
 * wall: partner support and managers only.
 */
@Controller
class WomensGroupController {

  private static final int PAGE_SIZE = 25;

  private final WomensGroups groups;
  private final WomensGroupSessions sessions;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final ServiceClock clock;

  WomensGroupController(
      WomensGroups groups,
      WomensGroupSessions sessions,
      Areas areas,
      CurrentUsers currentUsers,
      Validation validation,
      ServiceClock clock) {
    this.groups = groups;
    this.sessions = sessions;
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.clock = clock;
  }

  @GetMapping("/womens-groups")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String groups(@RequestParam(defaultValue = "1") int page, Model model) {
    var groupsPage = groups.groups(Math.max(1, page) - 1, PAGE_SIZE);
    model.addAttribute("groups", groupsPage);
    return "womensgroups/groups";
  }

  @GetMapping("/womens-groups/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String newGroup(Model model) {
    WomensGroupForm form = new WomensGroupForm();
    var mine = areas.coveredBy(currentUsers.current());
    if (mine.size() == 1) {
      form.setAreaId(mine.get(0).id());
    }
    return showNew(form, model);
  }

  @PostMapping("/womens-groups")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String create(
      @ModelAttribute("group") WomensGroupForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> unreadable = form.unreadable();
    var group = form.toNewGroup();
    if (!errors.hasErrors()) {
      if (unreadable.isEmpty()) {
        try {
          long id = groups.create(group);
          redirect.addFlashAttribute("saved", "womensgroups.saved.group");
          return "redirect:/womens-groups/" + id;
        } catch (InvalidRequestException e) {
          reject(errors, e.problems(), unreadable);
        }
      } else {
        reject(errors, validation.problems(group), unreadable);
      }
    }
    return showNew(form, model);
  }

  @GetMapping("/womens-groups/{id}")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String group(
      @PathVariable long id, @RequestParam(defaultValue = "1") int sessionsPage, Model model) {
    model.addAttribute("group", groups.group(id));
    model.addAttribute("members", groups.members(id));
    model.addAttribute("sessions", sessions.sessions(id, Math.max(1, sessionsPage) - 1, PAGE_SIZE));
    return "womensgroups/group";
  }

  @GetMapping("/womens-groups/{id}/members/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String candidates(
      @PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
    return showCandidates(id, page, null, model);
  }

  @PostMapping("/womens-groups/{id}/members")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String addMember(
      @PathVariable long id,
      @RequestParam(required = false) Long partnerId,
      @RequestParam(defaultValue = "1") int page,
      Model model,
      RedirectAttributes redirect) {
    try {
      groups.addMember(id, new NewMember(partnerId, null));
    } catch (InvalidRequestException e) {
      return showCandidates(id, page, e.problems().get(0).message(), model);
    }
    redirect.addFlashAttribute("saved", "womensgroups.saved.member");
    return "redirect:/womens-groups/" + id + "#women";
  }

  @GetMapping("/womens-groups/{id}/sessions/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String newSession(@PathVariable long id, Model model) {
    Group group = groups.group(id);
    List<RegisterEntry> register = sessions.blankRegister(id);
    WomensGroupSessionForm form = new WomensGroupSessionForm();
    form.setHeldOn(DateInput.of(clock.today()));
    for (RegisterEntry e : register) {
      WomensGroupSessionForm.MarkForm mark = new WomensGroupSessionForm.MarkForm();
      mark.setPartnerId(e.partnerId());
      mark.setAttended(Boolean.TRUE);
      form.getAttendance().add(mark);
    }
    return showSession(group, null, form, register, null, model);
  }

  @PostMapping("/womens-groups/{id}/sessions")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String recordSession(
      @PathVariable long id,
      @ModelAttribute("groupSession") WomensGroupSessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Group group = groups.group(id);
    if (!errors.hasErrors() && form.getHeldOn().problem("The date of the session") == null) {
      try {
        sessions.recordSession(id, form.toRecord());
        redirect.addFlashAttribute("saved", "womensgroups.saved.session");
        return "redirect:/womens-groups/" + id + "#sessions";
      } catch (InvalidRequestException e) {
        rejectSession(errors, e.problems(), form.getHeldOn());
      }
    } else {
      rejectSession(errors, validation.problems(form.toRecord()), form.getHeldOn());
    }
    return showSession(group, null, form, sessions.blankRegister(id), null, model);
  }

  @GetMapping("/womens-groups/{id}/sessions/{sessionId}")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String session(@PathVariable long id, @PathVariable long sessionId, Model model) {
    Group group = groups.group(id);
    SessionDetail session = sessions.session(id, sessionId);
    WomensGroupSessionForm form = new WomensGroupSessionForm();
    form.setHeldOn(DateInput.of(session.heldOn()));
    form.setTopic(session.topic());
    form.setNotes(session.notes());
    form.setVersion(session.version());
    for (RegisterEntry e : session.register()) {
      WomensGroupSessionForm.MarkForm mark = new WomensGroupSessionForm.MarkForm();
      mark.setPartnerId(e.partnerId());
      mark.setAttended(e.attended());
      mark.setAbsenceReason(e.absenceReason());
      form.getAttendance().add(mark);
    }
    return showSession(group, session, form, session.register(), null, model);
  }

  @PostMapping("/womens-groups/{id}/sessions/{sessionId}")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String updateSession(
      @PathVariable long id,
      @PathVariable long sessionId,
      @ModelAttribute("groupSession") WomensGroupSessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Group group = groups.group(id);
    SessionDetail conflict = null;
    if (!errors.hasErrors() && form.getHeldOn().problem("The date of the session") == null) {
      try {
        sessions.updateSession(id, sessionId, form.toRecord());
        redirect.addFlashAttribute("saved", "womensgroups.saved.sessionChanged");
        return "redirect:/womens-groups/" + id + "#sessions";
      } catch (InvalidRequestException e) {
        rejectSession(errors, e.problems(), form.getHeldOn());
      } catch (EditConflictException e) {
        // Nothing is lost: what was typed is shown again beside the session as it is now, and
        // saving again, having seen both, replaces it.
        conflict = sessions.session(id, sessionId);
        form.setVersion(conflict.version());
      }
    } else {
      rejectSession(errors, validation.problems(form.toRecord()), form.getHeldOn());
    }
    SessionDetail current = conflict != null ? conflict : sessions.session(id, sessionId);
    return showSession(group, current, form, current.register(), conflict, model);
  }

  private String showNew(WomensGroupForm form, Model model) {
    model.addAttribute("group", form);
    model.addAttribute("areas", areas.coveredBy(currentUsers.current()));
    return "womensgroups/new-group";
  }

  private String showCandidates(long id, int page, String problem, Model model) {
    model.addAttribute("group", groups.group(id));
    model.addAttribute("candidates", groups.candidates(id, Math.max(1, page) - 1, PAGE_SIZE));
    model.addAttribute("problem", problem);
    return "womensgroups/add-member";
  }

  private String showSession(
      Group group,
      SessionDetail session,
      WomensGroupSessionForm form,
      List<RegisterEntry> register,
      SessionDetail conflict,
      Model model) {
    Map<Long, RegisterEntry> women = new LinkedHashMap<>();
    register.forEach(e -> women.put(e.partnerId(), e));
    model.addAttribute("group", group);
    model.addAttribute("wgSession", session);
    model.addAttribute("groupSession", form);
    model.addAttribute("women", women);
    model.addAttribute("conflict", conflict);
    return "womensgroups/session";
  }

  private static void reject(
      BindingResult errors, List<FieldProblem> problems, Map<String, String> unreadable) {
    for (FieldProblem p : problems) {
      if (!errors.hasFieldErrors(p.field())) {
        errors.rejectValue(p.field(), "invalid", unreadable.getOrDefault(p.field(), p.message()));
      }
    }
    unreadable.forEach(
        (field, message) -> {
          if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "invalid", message);
          }
        });
  }

  private static void rejectSession(
      BindingResult errors, List<FieldProblem> problems, DateInput heldOn) {
    String dateProblem = heldOn == null ? null : heldOn.problem("The date of the session");
    for (FieldProblem p : problems) {
      String field = p.field();
      if (field.equals("version")) {
        continue;
      }
      String message = field.equals("heldOn") && dateProblem != null ? dateProblem : p.message();
      if (!errors.hasFieldErrors(field)) {
        errors.rejectValue(field, "invalid", message);
      }
    }
    if (dateProblem != null && !errors.hasFieldErrors("heldOn")) {
      errors.rejectValue("heldOn", "invalid", dateProblem);
    }
  }
}
