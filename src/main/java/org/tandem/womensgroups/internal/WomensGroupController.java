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
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;
import org.tandem.womensgroups.WomensGroupSessions;
import org.tandem.womensgroups.WomensGroupSessions.RegisterEntry;
import org.tandem.womensgroups.WomensGroupSessions.SessionDetail;
import org.tandem.womensgroups.WomensGroupWords;
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
  private final WomensGroupWords words;

  WomensGroupController(
      WomensGroups groups,
      WomensGroupSessions sessions,
      Areas areas,
      CurrentUsers currentUsers,
      Validation validation,
      ServiceClock clock,
      WomensGroupWords words) {
    this.words = words;
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
    var group = form.toNewGroup();
    FormProblems problems =
        form.unreadable(new FormProblems(errors), words)
            .checkedBy(() -> validation.problems(group));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          long id = groups.create(group);
          redirect.addFlashAttribute("saved", "womensgroups.saved.group");
          return "redirect:/womens-groups/" + id;
        },
        () -> showNew(form, model));
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
    return showSession(group, null, form, register, model);
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
    return FormFlow.submit(
        sessionProblems(form, errors),
        model,
        () -> {
          sessions.recordSession(id, form.toRecord());
          redirect.addFlashAttribute("saved", "womensgroups.saved.session");
          return "redirect:/womens-groups/" + id + "#sessions";
        },
        () -> showSession(group, null, form, sessions.blankRegister(id), model));
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
    return showSession(group, session, form, session.register(), model);
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
    return FormFlow.submit(
        sessionProblems(form, errors),
        () -> {
          sessions.updateSession(id, sessionId, form.toRecord());
          redirect.addFlashAttribute("saved", "womensgroups.saved.sessionChanged");
          return "redirect:/womens-groups/" + id + "#sessions";
        },
        () -> {
          // Nothing is lost: what was typed is shown again beside the session as it is now, and
          // saving again, having seen both, replaces it.
          SessionDetail now = sessions.session(id, sessionId);
          form.setVersion(now.version());
          model.addAttribute("conflict", now);
        },
        () -> {
          SessionDetail current = sessions.session(id, sessionId);
          return showSession(group, current, form, current.register(), model);
        });
  }

  private FormProblems sessionProblems(WomensGroupSessionForm form, BindingResult errors) {
    return new FormProblems(errors)
        .date("heldOn", form.getHeldOn(), words.say("womensgroups.problem.what.heldOn"))
        .checkedBy(() -> validation.problems(form.toRecord()));
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
      Model model) {
    Map<Long, RegisterEntry> women = new LinkedHashMap<>();
    register.forEach(e -> women.put(e.partnerId(), e));
    model.addAttribute("group", group);
    model.addAttribute("wgSession", session);
    model.addAttribute("groupSession", form);
    model.addAttribute("women", women);
    return "womensgroups/session";
  }
}
