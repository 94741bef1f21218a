package org.tandem.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;
import org.tandem.programme.internal.ProgrammeStore.GroupRow;
import org.tandem.programme.internal.ProgrammeStore.PastMark;
import org.tandem.programme.internal.WeekQuery;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/**
 * Recording a group session for everyone at once. Scrutiny is worth nothing unless acted on: a
 * disclosure of violence goes on the family's timeline and alerts the case's workers, partner
 * support among them; a missed session is announced; absences without reason reaching the group's
 * limit open a review.
 */
@Service
public class GroupSessions {

  private final Groups groups;
  private final ProgrammeStore store;
  private final WeekQuery week;
  private final MarkConsequences consequences;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final ServiceClock clock;
  private final ProgrammeWords words;

  GroupSessions(
      Groups groups,
      ProgrammeStore store,
      WeekQuery week,
      MarkConsequences consequences,
      CurrentUsers currentUsers,
      Validation validation,
      ServiceClock clock,
      ProgrammeWords words) {
    this.words = words;
    this.groups = groups;
    this.store = store;
    this.week = week;
    this.consequences = consequences;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.clock = clock;
  }

  /**
   * The men expected at the group's session on {@code on}: those whose intake has come, not
   * suspended.
   */
  @Transactional
  public SessionSheet sheet(long groupId, LocalDate on) {
    GroupSummary group = groups.group(groupId);
    GroupRow row = groups.groupRow(groupId);
    List<CurriculumSession> curriculum = store.curriculum(row.curriculumId());
    CurriculumSession next = next(curriculum, store.lastPositionDelivered(groupId));
    return new SessionSheet(
        group,
        on,
        next,
        curriculum,
        expected(groups.members(groupId), on),
        store.sessionHeld(groupId, on));
  }

  /**
   * The sheets of several groups' sessions, each group on its own day ({@code on}: at most one a
   * group, as a group meets once a week), read together. The groups must be ones the user may see,
   * as {@link Groups#groups()} gives them.
   */
  @Transactional
  public Map<Long, SessionSheet> sheets(List<GroupSummary> meeting, Map<Long, LocalDate> on) {
    if (meeting.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = meeting.stream().map(GroupSummary::id).toList();
    Map<Long, Long> curriculumOf = week.curriculumOf(ids);
    Map<Long, List<CurriculumSession>> curricula =
        store.curricula(Set.copyOf(curriculumOf.values()));
    Map<Long, Integer> last = week.lastPositionsDelivered(ids);
    Map<Long, List<Member>> members = groups.membersOf(curriculumOf);
    LocalDate first = on.values().stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate lastDay = on.values().stream().max(LocalDate::compareTo).orElseThrow();
    Set<String> held = week.sessionsHeld(ids, first, lastDay);
    Map<Long, SessionSheet> sheets = new HashMap<>();
    for (GroupSummary group : meeting) {
      LocalDate day = on.get(group.id());
      List<CurriculumSession> curriculum =
          curricula.getOrDefault(curriculumOf.get(group.id()), List.of());
      sheets.put(
          group.id(),
          new SessionSheet(
              group,
              day,
              next(curriculum, last.getOrDefault(group.id(), 0)),
              curriculum,
              expected(members.get(group.id()), day),
              held.contains(WeekQuery.heldKey(group.id(), day))));
    }
    return sheets;
  }

  /** A group meeting later in the week, as the week shows it: how many men, and if recorded. */
  public record LaterMeeting(int menExpected, boolean alreadyRecorded) {}

  /**
   * The groups meeting later in the week, each on its own day ({@code on}), in two statements
   * however many: how many men each expects and whether its session is recorded. Nobody is named,
   * so nothing is read of any case. The groups must be ones the user may see, as {@link
   * Groups#groups()} gives them.
   */
  @Transactional
  public Map<Long, LaterMeeting> later(Map<Long, LocalDate> on) {
    if (on.isEmpty()) {
      return Map.of();
    }
    Map<Long, Integer> men = week.menExpected(on);
    LocalDate first = on.values().stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate lastDay = on.values().stream().max(LocalDate::compareTo).orElseThrow();
    Set<String> held = week.sessionsHeld(on.keySet(), first, lastDay);
    Map<Long, LaterMeeting> later = new HashMap<>();
    on.forEach(
        (id, day) ->
            later.put(
                id,
                new LaterMeeting(
                    men.getOrDefault(id, 0), held.contains(WeekQuery.heldKey(id, day)))));
    return later;
  }

  private static CurriculumSession next(List<CurriculumSession> curriculum, int last) {
    return curriculum.stream()
        .filter(s -> s.position() == (last % curriculum.size()) + 1)
        .findFirst()
        .orElse(curriculum.get(0));
  }

  private static List<Member> expected(List<Member> members, LocalDate on) {
    return members.stream()
        .filter(m -> m.status() != EnrolmentStatus.SUSPENDED && !m.intakeOn().isAfter(on))
        .toList();
  }

  /** Records the session and every man's mark, in one transaction. */
  @Transactional
  public long record(long groupId, NewGroupSession session) {
    GroupRow group = groups.groupRow(groupId);
    List<FieldProblem> problems = new ArrayList<>(validation.problems(session));
    Map<Long, EnrolmentRow> live =
        store.liveEnrolments(groupId).stream().collect(Collectors.toMap(EnrolmentRow::id, e -> e));
    List<SessionMark> marks = session.marks() == null ? List.of() : session.marks();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < marks.size(); i++) {
      Long id = marks.get(i).enrolmentId();
      if (id != null && (!live.containsKey(id) || !seen.add(id))) {
        problems.add(
            words.problem("marks[" + i + "].enrolmentId", "programme.problem.notInThisGroup"));
      }
    }
    if (session.curriculumSessionId() != null
        && store.curriculum(group.curriculumId()).stream()
            .noneMatch(s -> s.id() == session.curriculumSessionId())) {
      problems.add(
          words.problem("curriculumSessionId", "programme.problem.sessionOfTheCurriculum"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long sessionId;
    try {
      sessionId =
          store.insertGroupSession(
              groupId,
              session.curriculumSessionId(),
              session.heldOn(),
              session.facilitators(),
              currentUsers.current().username(),
              now());
    } catch (DuplicateKeyException e) {
      throw words.invalid("heldOn", "programme.problem.sessionAlreadyRecorded");
    }
    for (SessionMark mark : marks) {
      store.insertAttendance(sessionId, mark);
    }
    Map<Long, List<PastMark>> history = store.marks(live.keySet());
    for (SessionMark mark : marks) {
      EnrolmentRow man = live.get(mark.enrolmentId());
      consequences.follow(group, man, null, mark, session.heldOn(), history.get(man.id()));
    }
    return sessionId;
  }

  private OffsetDateTime now() {
    return clock.now();
  }
}
