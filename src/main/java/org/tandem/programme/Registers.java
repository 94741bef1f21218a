package org.tandem.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;
import org.tandem.programme.internal.ProgrammeStore.GroupRow;
import org.tandem.programme.internal.RegisterStore;
import org.tandem.programme.internal.RegisterStore.CorrectionRow;
import org.tandem.programme.internal.RegisterStore.EntryRow;
import org.tandem.programme.internal.RegisterStore.SessionRow;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/**
 * The registers of the sessions a group has held: listed, opened again, and corrected. A correction
 * never overwrites: the entry it replaces is kept with who corrected it, when and why, while the
 * corrected entry is the one his hours and stages count from.
 */
@Service
public class Registers {

  /** Sessions a page of the group's list holds. */
  public static final int PAGE_SIZE = 10;

  private final Groups groups;
  private final RegisterStore registers;
  private final ProgrammeStore store;
  private final MarkConsequences consequences;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final ProgrammeWords words;

  Registers(
      Groups groups,
      RegisterStore registers,
      ProgrammeStore store,
      MarkConsequences consequences,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      ProgrammeWords words) {
    this.words = words;
    this.groups = groups;
    this.registers = registers;
    this.store = store;
    this.consequences = consequences;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** The group's sessions, newest first; a page past the last is the last. */
  @Transactional(readOnly = true)
  public HeldSessions held(long groupId, int page) {
    groups.groupRow(groupId);
    int total = registers.heldCount(groupId);
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(page, 0), pages - 1);
    List<HeldSessions.Held> sessions = registers.held(groupId, shown * PAGE_SIZE, PAGE_SIZE);
    return new HeldSessions(sessions, shown, pages, total);
  }

  /** A recorded session's register, every entry with its history. */
  @Transactional
  public Register register(long groupId, long sessionId) {
    GroupRow group = groups.groupRow(groupId);
    SessionRow session = session(groupId, sessionId);
    CurriculumSession delivered =
        store.curriculum(group.curriculumId()).stream()
            .filter(s -> s.id() == session.curriculumSessionId())
            .findFirst()
            .orElseThrow();
    List<EntryRow> rows = registers.entries(sessionId);
    Map<Long, List<CorrectionRow>> corrections =
        registers.corrections(sessionId).stream()
            .collect(Collectors.groupingBy(CorrectionRow::enrolmentId));
    audit.recordList("group session register", rows.stream().map(Registers::caseOf).toList());
    List<RegisterEntry> entries =
        rows.stream()
            .map(r -> entry(session, r, corrections.getOrDefault(r.enrolmentId(), List.of())))
            .toList();
    return new Register(
        session.id(),
        groupId,
        group.name(),
        session.heldOn(),
        delivered,
        session.facilitators(),
        session.recordedBy(),
        session.recordedAt(),
        entries);
  }

  /**
   * Corrects one man's entry, keeping the one it replaces. Refused with the problems beside their
   * fields when the entry is not one he could have had or no reason is given; a conflict when
   * someone corrected it since the version read.
   */
  @Transactional
  public void correct(long groupId, long sessionId, long enrolmentId, EntryCorrection correction) {
    GroupRow group = groups.groupRow(groupId);
    SessionRow session = session(groupId, sessionId);
    SessionMark now = correction.entryFor(enrolmentId);
    List<FieldProblem> problems = new ArrayList<>(validation.problems(now));
    problems.removeIf(p -> p.field().equals("enrolmentId"));
    String reason = correction.reason() == null ? "" : correction.reason().strip();
    if (reason.isEmpty()) {
      problems.add(words.problem("reason", "programme.problem.giveTheReasonForTheCorrection"));
    } else if (reason.length() > 500) {
      problems.add(words.problem("reason", "programme.problem.reason500"));
    }
    if (correction.version() == null) {
      problems.add(words.problem("version", "programme.problem.sendTheVersion"));
    }
    EntryRow was =
        registers
            .entryForCorrection(sessionId, enrolmentId)
            .orElseThrow(() -> words.notFound("programme.notFound.notInRegister"));
    if (problems.isEmpty() && sameEntry(was.entry(), now)) {
      problems.add(words.problem("mark", "programme.problem.changeSomething"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (!registers.correct(
        sessionId,
        was.entry(),
        now,
        correction.version(),
        reason,
        currentUsers.current().username(),
        clock.now())) {
      throw words.conflict("programme.what.hisEntry");
    }
    EnrolmentRow man = store.enrolment(enrolmentId).orElseThrow();
    consequences.follow(
        group,
        man,
        was.entry(),
        now,
        session.heldOn(),
        store.marks(List.of(enrolmentId)).get(enrolmentId));
  }

  private SessionRow session(long groupId, long sessionId) {
    return registers
        .session(groupId, sessionId)
        .orElseThrow(() -> words.notFound("programme.notFound.session"));
  }

  /** The entry with its history: first as recorded, then as each correction left it. */
  private static RegisterEntry entry(SessionRow session, EntryRow row, List<CorrectionRow> made) {
    List<RegisterEntry.Version> history = new ArrayList<>();
    String by = session.recordedBy();
    var at = session.recordedAt();
    String reason = null;
    for (CorrectionRow c : made) {
      history.add(new RegisterEntry.Version(c.replaced(), by, at, reason));
      by = c.by();
      at = c.at();
      reason = c.reason();
    }
    history.add(new RegisterEntry.Version(row.entry(), by, at, reason));
    return new RegisterEntry(
        row.enrolmentId(), row.reference(), row.name(), row.entry(), row.version(), history);
  }

  private static boolean sameEntry(SessionMark a, SessionMark b) {
    boolean disclosed = Boolean.TRUE.equals(b.disclosed());
    return a.mark() == b.mark()
        && Objects.equals(a.absenceReason(), blankToNull(b.absenceReason()))
        && Boolean.TRUE.equals(a.disclosed()) == disclosed
        && Objects.equals(
            a.disclosureDetail(), disclosed ? blankToNull(b.disclosureDetail()) : null)
        && Objects.equals(a.blame(), b.blame())
        && Objects.equals(a.minimisation(), b.minimisation())
        && Objects.equals(a.denial(), b.denial())
        && Objects.equals(a.notes(), blankToNull(b.notes()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static CaseRef caseOf(EntryRow r) {
    return new CaseRef(r.referralId(), r.reference(), r.areaId());
  }
}
