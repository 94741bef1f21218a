package org.tandem.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.internal.CurriculumStore;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;
import org.tandem.programme.internal.ProgrammeStore.GroupRow;
import org.tandem.programme.internal.ProgrammeStore.PastMark;
import org.tandem.programme.internal.WaitingStore;
import org.tandem.programme.internal.WaitingStore.WaitingRow;
import org.tandem.programme.internal.WeekQuery;
import org.tandem.referral.CaseStatus;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/**
 * Rolling groups and individual work: setting them up, their capacity and intakes, and the men in
 * each with their progress, status, risk level and what to watch for.
 */
@Service
public class Groups {

  private final ProgrammeStore store;
  private final WeekQuery week;
  private final CurriculumStore curricula;
  private final WaitingStore waiting;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final ProgrammeWords words;

  Groups(
      ProgrammeStore store,
      WeekQuery week,
      CurriculumStore curricula,
      WaitingStore waiting,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      ProgrammeWords words) {
    this.words = words;
    this.store = store;
    this.week = week;
    this.curricula = curricula;
    this.waiting = waiting;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** The groups in the user's areas, by the day and time they meet. */
  @Transactional(readOnly = true)
  public List<GroupSummary> groups() {
    LocalDate today = today();
    return store.groups(currentUsers.current().areaIds()).stream()
        .map(g -> summary(g, today))
        .toList();
  }

  /** One group, if it is in the user's areas. */
  @Transactional(readOnly = true)
  public GroupSummary group(long id) {
    return summary(groupRow(id), today());
  }

  /**
   * Sets up a group, on the curriculum given or else the default. Individual work is with one man:
   * its capacity is 1, taken as 1 when not given.
   */
  @Transactional
  public long create(NewGroup group) {
    boolean individual = Boolean.TRUE.equals(group.individual());
    if (individual && group.capacity() == null) {
      group =
          new NewGroup(
              group.areaId(),
              group.name(),
              true,
              1,
              group.intakeEveryWeeks(),
              group.firstSessionOn(),
              group.startsAt(),
              group.venue(),
              group.facilitators(),
              group.absenceLimit(),
              group.curriculumId());
    }
    List<FieldProblem> problems = new ArrayList<>(validation.problems(group));
    if (individual && group.capacity() != null && group.capacity() != 1) {
      problems.add(words.problem("capacity", "programme.problem.individualWorkIsOne"));
    }
    CurrentUser me = currentUsers.current();
    if (group.areaId() != null && !me.covers(group.areaId())) {
      problems.add(words.problem("areaId", "programme.problem.areaYourTeamCovers"));
    }
    if (group.curriculumId() != null && !curricula.exists(group.curriculumId())) {
      problems.add(words.problem("curriculumId", "programme.problem.curriculumFromTheList"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long curriculumId =
        group.curriculumId() == null ? curricula.defaultCurriculumId() : group.curriculumId();
    try {
      return store.insertGroup(group, curriculumId);
    } catch (DuplicateKeyException e) {
      throw words.invalid("name", "programme.problem.groupNameTaken");
    }
  }

  /** The curriculum a group runs, in order. */
  @Transactional(readOnly = true)
  public List<CurriculumSession> curriculum(long groupId) {
    return store.curriculum(groupRow(groupId).curriculumId());
  }

  /** The group's men still holding a place, with their progress and what to watch for. */
  @Transactional
  public List<Member> members(long groupId) {
    GroupRow group = groupRow(groupId);
    return membersOf(Map.of(groupId, group.curriculumId())).get(groupId);
  }

  /**
   * The members of several groups (by id, with each group's curriculum) at once, in as many
   * statements as one group needs: the facilitator's week shows every group meeting.
   */
  Map<Long, List<Member>> membersOf(Map<Long, Long> curriculumOfGroup) {
    Map<Long, List<EnrolmentRow>> byGroup = week.liveEnrolments(curriculumOfGroup.keySet());
    List<EnrolmentRow> all = byGroup.values().stream().flatMap(List::stream).toList();
    List<Long> ids = all.stream().map(EnrolmentRow::id).toList();
    Map<Long, List<CurriculumSession>> curriculum =
        store.curricula(Set.copyOf(curriculumOfGroup.values()));
    Map<Long, List<Long>> attended = store.attendedSessions(ids);
    Map<Long, List<PastMark>> marks = store.marks(ids);
    audit.recordList(
        "group members",
        all.stream().map(r -> new CaseRef(r.referralId(), r.reference(), r.areaId())).toList());
    Map<Long, List<Member>> members = new HashMap<>();
    byGroup.forEach(
        (groupId, rows) -> {
          List<CurriculumSession> sessions =
              curriculum.getOrDefault(curriculumOfGroup.get(groupId), List.of());
          members.put(
              groupId, rows.stream().map(r -> member(r, sessions, attended, marks)).toList());
        });
    return members;
  }

  private static Member member(
      EnrolmentRow r,
      List<CurriculumSession> curriculum,
      Map<Long, List<Long>> attended,
      Map<Long, List<PastMark>> marks) {
    List<PastMark> past = marks.get(r.id());
    return new Member(
        r.id(),
        r.reference(),
        r.name(),
        r.status(),
        r.statusReason(),
        r.statusChangedAt(),
        r.intakeOn(),
        r.withInterpreter(),
        r.riskLevel(),
        r.riskLevelReason(),
        ProgrammeProgress.of(curriculum, attended.get(r.id())),
        AbsenceRule.runOfUnexplainedAbsences(past.stream().map(PastMark::mark).toList()),
        !past.isEmpty() && past.get(past.size() - 1).disclosed(),
        r.version());
  }

  /** The men of the group's area waiting for a group, the longest waiting first. */
  @Transactional
  public List<ReadyForAPlace> readyForAPlace(long groupId) {
    GroupRow group = groupRow(groupId);
    List<String> ready =
        java.util.Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::readyForAPlace)
            .map(CaseStatus::name)
            .toList();
    List<WaitingRow> rows = waiting.waiting(group.areaId(), ready);
    audit.recordList(
        "men ready for a place",
        rows.stream()
            .map(r -> new CaseRef(r.referralId(), r.reference(), group.areaId()))
            .toList());
    return rows.stream()
        .map(
            r ->
                new ReadyForAPlace(
                    r.reference(), r.name(), CaseStatus.valueOf(r.status()), r.since()))
        .toList();
  }

  GroupRow groupRow(long id) {
    GroupRow group = store.group(id).orElseThrow(() -> words.notFound("programme.notFound.group"));
    if (!currentUsers.current().covers(group.areaId())) {
      throw words.notFound("programme.notFound.group");
    }
    return group;
  }

  private GroupSummary summary(GroupRow g, LocalDate today) {
    IntakeCalendar calendar = new IntakeCalendar(g.firstSessionOn(), g.intakeEveryWeeks());
    return new GroupSummary(
        g.id(),
        g.areaCode(),
        g.name(),
        g.individual(),
        g.day(),
        g.startsAt(),
        g.venue(),
        g.facilitators(),
        g.capacity(),
        g.attending(),
        g.waiting(),
        g.absenceLimit(),
        g.intakeEveryWeeks(),
        g.firstSessionOn(),
        calendar.nextIntakeOnOrAfter(today),
        calendar.daysToNextIntake(today));
  }

  private LocalDate today() {
    return clock.today();
  }
}
