package org.tandem.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.GroupSessions;
import org.tandem.programme.GroupSummary;
import org.tandem.programme.Groups;
import org.tandem.programme.Member;
import org.tandem.programme.NewGroupSession;
import org.tandem.programme.ProgrammeReviewDue;
import org.tandem.programme.ProgrammeReviews;
import org.tandem.programme.ProgrammeWords;
import org.tandem.programme.SessionSheet;
import org.tandem.web.DateInput;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Validation;

/** Recording a session for the whole group on one page. */
@Controller
class SessionController {

  private final Groups groups;
  private final GroupSessions sessions;
  private final ProgrammeReviews reviews;
  private final ProgrammeStore store;
  private final Validation validation;
  private final ServiceClock clock;
  private final ProgrammeWords words;

  SessionController(
      Groups groups,
      GroupSessions sessions,
      ProgrammeReviews reviews,
      ProgrammeStore store,
      Validation validation,
      ServiceClock clock,
      ProgrammeWords words) {
    this.words = words;
    this.groups = groups;
    this.sessions = sessions;
    this.reviews = reviews;
    this.store = store;
    this.validation = validation;
    this.clock = clock;
  }

  /** What the facilitator's week says after a session is saved. */
  record SessionSaved(
      String groupName, LocalDate heldOn, List<String> disclosures, List<String> reviewsOpened)
      implements java.io.Serializable {}

  @GetMapping("/groups/{id}/sessions/new")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String form(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Model model) {
    LocalDate on = date == null ? today() : date;
    SessionSheet sheet = sessions.sheet(id, on);
    SessionForm form = new SessionForm();
    form.setHeldOn(DateInput.of(on));
    form.setCurriculumSessionId(sheet.nextSession().id());
    form.setFacilitators(sheet.group().facilitators());
    for (Member m : sheet.expected()) {
      SessionForm.MarkForm mark = new SessionForm.MarkForm();
      mark.setEnrolmentId(m.enrolmentId());
      form.getMarks().add(mark);
    }
    model.addAttribute("alreadyRecorded", sheet.alreadyRecorded());
    return show(id, sheet.group(), form, model);
  }

  @PostMapping("/groups/{id}/sessions")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String record(
      @PathVariable long id,
      @ModelAttribute("groupSession") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    GroupSummary group = groups.group(id);
    NewGroupSession session = form.toSession();
    List<FieldProblem> found = new ArrayList<>(validation.problems(session));
    if (session.heldOn() != null && store.sessionHeld(id, session.heldOn())) {
      found.add(words.problem("heldOn", "programme.problem.sessionAlreadyRecorded"));
    }
    FormProblems problems =
        new FormProblems(errors)
            .date("heldOn", form.getHeldOn(), words.say("programme.what.sessionDate"))
            .found(found);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          redirect.addFlashAttribute("sessionSaved", save(id, group, session));
          return "redirect:/facilitator";
        },
        () -> show(id, group, form, model));
  }

  /** Records the session, and says which disclosures it holds and which reviews it opened. */
  private SessionSaved save(long id, GroupSummary group, NewGroupSession session) {
    boolean anyUnexplained =
        session.marks().stream().anyMatch(m -> m.mark() == AttendanceMark.ABSENT_WITHOUT_REASON);
    Set<Long> openBefore = anyUnexplained ? openAbsenceReviews() : Set.of();
    sessions.record(id, session);
    Map<Long, Member> members = membersById(id);
    List<String> disclosures =
        session.marks().stream()
            .filter(m -> Boolean.TRUE.equals(m.disclosed()))
            .map(m -> referenceOf(members, m.enrolmentId()))
            .toList();
    List<String> opened = new ArrayList<>();
    if (anyUnexplained) {
      for (ProgrammeReviewDue r : reviews.due()) {
        if (r.kind().equals("ABSENCES") && !openBefore.contains(r.id())) {
          opened.add(r.reference());
        }
      }
    }
    return new SessionSaved(group.name(), session.heldOn(), disclosures, opened);
  }

  private Set<Long> openAbsenceReviews() {
    return reviews.due().stream()
        .filter(r -> r.kind().equals("ABSENCES"))
        .map(ProgrammeReviewDue::id)
        .collect(Collectors.toSet());
  }

  private Map<Long, Member> membersById(long groupId) {
    return groups.members(groupId).stream()
        .collect(Collectors.toMap(Member::enrolmentId, Function.identity()));
  }

  private String referenceOf(Map<Long, Member> members, Long enrolmentId) {
    Member m = members.get(enrolmentId);
    return m == null ? words.say("programme.facilitator.noLongerInTheGroup") : m.reference();
  }

  private String show(long id, GroupSummary group, SessionForm form, Model model) {
    model.addAttribute("group", group);
    model.addAttribute("groupSession", form);
    model.addAttribute("members", membersById(id));
    model.addAttribute("curriculum", groups.curriculum(id));
    model.addAttribute("attendanceMarks", AttendanceMark.values());
    model.addAttribute("ratings", List.of(1, 2, 3, 4, 5));
    return "programme/session";
  }

  private LocalDate today() {
    return clock.today();
  }
}
