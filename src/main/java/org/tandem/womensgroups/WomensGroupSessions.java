package org.tandem.womensgroups;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaWallPass;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;
import org.tandem.web.UpToToday;
import org.tandem.web.Validation;
import org.tandem.womensgroups.internal.WomensGroupSessionStore;
import org.tandem.womensgroups.internal.WomensGroupSessionStore.Attendance;
import org.tandem.womensgroups.internal.WomensGroupSessionStore.RegisterRow;
import org.tandem.womensgroups.internal.WomensGroupSessionStore.SessionRow;
import org.tandem.womensgroups.internal.WomensGroupStore;
import org.tandem.womensgroups.internal.WomensGroupStore.GroupRow;

/**
 * The women's group's sessions and registers: each session a group holds, with each woman's
 * attendance, and a woman's attendance across her groups for her record. Behind the confidentiality
 * wall like the groups themselves ({@link WomensGroups}), so every method refuses any role but
 * partner support and managers, takes a pass through the wall from {@link CaseAccess} for the
 * store's queries, and audits every read or write of a woman against her case, never with content.
 */
@Service
@PreAuthorize(Roles.PARTNER_SUPPORT)
public class WomensGroupSessions {

  /** One woman's line in a session's register. */
  public record Mark(
      @NotNull(message = "{womensgroups.problem.womanMissing}") Long partnerId,
      @NotNull(message = "{womensgroups.problem.attendedMissing}") Boolean attended,
      @Size(max = 300, message = "{womensgroups.problem.reasonLength}") String absenceReason) {}

  /**
   * A session and its register: every woman in the group, attended or not. The version is the
   * session's as read, needed only to change one.
   */
  public record SessionRecord(
      @UpToToday(
              missing = "{womensgroups.problem.heldOnMissing}",
              message = "{womensgroups.problem.heldOnFuture}")
          LocalDate heldOn,
      @NotBlank(message = "{womensgroups.problem.topicMissing}")
          @Size(max = 200, message = "{womensgroups.problem.topicLength}")
          String topic,
      @Size(max = 4000, message = "{womensgroups.problem.notesLength}") String notes,
      @Size(max = 60, message = "{womensgroups.problem.attendanceMost}")
          List<@Valid Mark> attendance,
      Integer version) {}

  /** A session as listed, numbered in date order. */
  @Schema(name = "WomensGroupSession")
  public record Session(
      long id, int number, LocalDate heldOn, String topic, int attended, int absent) {}

  /** One woman in a session's register. */
  public record RegisterEntry(
      long partnerId, String reference, String name, Boolean attended, String absenceReason) {}

  /** A session with its register: everyone recorded, then any woman since added to the group. */
  public record SessionDetail(
      long id,
      long groupId,
      int number,
      LocalDate heldOn,
      String topic,
      String notes,
      List<RegisterEntry> register,
      int version) {}

  private final WomensGroups groups;
  private final WomensGroupStore store;
  private final WomensGroupSessionStore sessionStore;
  private final CurrentUsers currentUsers;
  private final CaseAccess caseAccess;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final WomensGroupWords words;

  WomensGroupSessions(
      WomensGroups groups,
      WomensGroupStore store,
      WomensGroupSessionStore sessionStore,
      CurrentUsers currentUsers,
      CaseAccess caseAccess,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      WomensGroupWords words) {
    this.words = words;
    this.groups = groups;
    this.store = store;
    this.sessionStore = sessionStore;
    this.currentUsers = currentUsers;
    this.caseAccess = caseAccess;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** The group's sessions, newest first. Head counts only, so nothing to audit. */
  @Transactional(readOnly = true)
  public WomensGroups.Page<Session> sessions(long groupId, int page, int size) {
    AreaWallPass pass = pass();
    GroupRow group = groupRow(pass, groupId);
    Paging paging = new Paging(page, size);
    return new WomensGroups.Page<>(
        sessionStore.sessions(pass, groupId, paging.offset(), paging.size()).stream()
            .map(
                r ->
                    new Session(
                        r.id(), r.number(), r.heldOn(), r.topic(), r.attended(), r.absent()))
            .toList(),
        paging.page(),
        paging.size(),
        group.sessions());
  }

  /** An empty register for a new session: every woman in the group, attended not yet chosen. */
  @Transactional
  public List<RegisterEntry> blankRegister(long groupId) {
    return groups.members(groupId).stream()
        .map(m -> new RegisterEntry(m.partnerId(), m.reference(), m.name(), null, null))
        .toList();
  }

  /** A session with its register, each woman in it an audited read of her case. */
  @Transactional
  public SessionDetail session(long groupId, long sessionId) {
    AreaWallPass pass = pass();
    groupRow(pass, groupId);
    SessionRow s = sessionRow(pass, groupId, sessionId);
    List<RegisterRow> recorded = sessionStore.register(pass, sessionId);
    List<RegisterEntry> register = new ArrayList<>();
    List<CaseRef> refs = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (RegisterRow r : recorded) {
      seen.add(r.partnerId());
      refs.add(r.caseRef());
      register.add(
          new RegisterEntry(
              r.partnerId(),
              r.caseRef().reference(),
              WomensGroups.name(r.givenName(), r.familyName()),
              r.attended(),
              r.absenceReason()));
    }
    for (var m : store.members(pass, groupId)) {
      if (seen.add(m.partnerId())) {
        refs.add(m.caseRef());
        register.add(
            new RegisterEntry(
                m.partnerId(),
                m.caseRef().reference(),
                WomensGroups.name(m.givenName(), m.familyName()),
                null,
                null));
      }
    }
    audit.recordList("women's group attendance", refs);
    return new SessionDetail(
        s.id(), groupId, s.number(), s.heldOn(), s.topic(), s.notes(), register, s.version());
  }

  /** Records a session and its register in one transaction. */
  @Transactional
  public long recordSession(long groupId, SessionRecord session) {
    AreaWallPass pass = pass();
    GroupRow group = groupRow(pass, groupId);
    store.lock(groupId);
    Map<Long, CaseRef> allowed = new LinkedHashMap<>();
    store.members(pass, groupId).forEach(m -> allowed.put(m.partnerId(), m.caseRef()));
    check(pass, group, session, null, allowed, allowed.keySet(), new ArrayList<>());
    CurrentUser me = currentUsers.current();
    long id =
        sessionStore.insertSession(
            groupId, session.heldOn(), session.topic(), session.notes(), me.username(), now());
    sessionStore.replaceAttendance(id, attendance(session));
    for (Mark m : marks(session)) {
      audit.record(AuditLog.Action.CREATE, "women's group attendance", allowed.get(m.partnerId()));
    }
    return id;
  }

  /**
   * Changes a session and its register, if nobody changed it since the version read; otherwise
   * nothing is saved and {@link EditConflictException} says so.
   */
  @Transactional
  public void updateSession(long groupId, long sessionId, SessionRecord session) {
    AreaWallPass pass = pass();
    GroupRow group = groupRow(pass, groupId);
    store.lock(groupId);
    sessionRow(pass, groupId, sessionId);
    Map<Long, CaseRef> allowed = new LinkedHashMap<>();
    Set<Long> required = new HashSet<>();
    for (RegisterRow r : sessionStore.register(pass, sessionId)) {
      allowed.put(r.partnerId(), r.caseRef());
      required.add(r.partnerId());
    }
    store.members(pass, groupId).forEach(m -> allowed.putIfAbsent(m.partnerId(), m.caseRef()));
    List<FieldProblem> problems = new ArrayList<>();
    if (session.version() == null) {
      problems.add(words.problem("version", "womensgroups.problem.versionMissing"));
    }
    check(pass, group, session, sessionId, allowed, required, problems);
    CurrentUser me = currentUsers.current();
    if (!sessionStore.updateSession(
        pass,
        sessionId,
        session.version(),
        session.heldOn(),
        session.topic(),
        session.notes(),
        me.username(),
        now())) {
      throw new EditConflictException(words.say("womensgroups.problem.conflict.session"));
    }
    sessionStore.replaceAttendance(sessionId, attendance(session));
    for (Mark m : marks(session)) {
      audit.record(AuditLog.Action.UPDATE, "women's group attendance", allowed.get(m.partnerId()));
    }
  }

  /**
   * The women's group sessions recorded for one woman, newest first, for her record. Her case must
   * be in the user's areas; an audited read of it.
   */
  @Transactional
  public List<WomensGroupAttendance> attendanceOf(long partnerId) {
    CaseRef ref =
        sessionStore
            .caseOf(partnerId)
            .orElseThrow(() -> new NotFoundException(words.say("womensgroups.problem.noWoman")));
    WallPass pass =
        caseAccess
            .behindTheWall(ref.reference(), ref.referralId(), ref.areaId())
            .orElseThrow(() -> new AccessDeniedException("Behind the wall"));
    return attendance(pass, partnerId);
  }

  /** Her groups' sessions, through a pass the request already holds for her case. */
  @Transactional(readOnly = true)
  public List<WomensGroupAttendance> attendanceOf(WallPass pass, long partnerId) {
    CaseRef ref =
        sessionStore
            .caseOf(partnerId)
            .orElseThrow(() -> new NotFoundException(words.say("womensgroups.problem.noWoman")));
    if (ref.referralId() != pass.referralId()) {
      throw new NotFoundException(
          words.say("womensgroups.problem.noWomanOn", pass.caseRef().reference()));
    }
    return attendance(pass, partnerId);
  }

  private List<WomensGroupAttendance> attendance(WallPass pass, long partnerId) {
    CaseRef ref = pass.caseRef();
    audit.record(AuditLog.Action.READ, "women's group attendance", ref);
    return sessionStore.attendanceOf(pass, partnerId).stream()
        .map(
            a ->
                new WomensGroupAttendance(
                    a.groupId(),
                    a.sessionId(),
                    a.groupName(),
                    a.heldOn(),
                    a.topic(),
                    a.attended(),
                    a.absenceReason()))
        .toList();
  }

  private void check(
      AreaWallPass pass,
      GroupRow group,
      SessionRecord session,
      Long sessionId,
      Map<Long, CaseRef> allowed,
      Set<Long> required,
      List<FieldProblem> problems) {
    problems.addAll(validation.problems(session));
    if (session.heldOn() != null) {
      if (session.heldOn().isBefore(group.startsOn())) {
        problems.add(words.problem("heldOn", "womensgroups.problem.heldOnBeforeStart"));
      } else if (sessionStore.sessionHeld(pass, group.id(), session.heldOn(), sessionId)) {
        problems.add(words.problem("heldOn", "womensgroups.problem.heldOnTaken"));
      }
    }
    List<Mark> marks = marks(session);
    Set<Long> marked = new HashSet<>();
    for (int i = 0; i < marks.size(); i++) {
      Long partner = marks.get(i).partnerId();
      if (partner == null) {
        continue;
      }
      if (!allowed.containsKey(partner)) {
        problems.add(
            words.problem("attendance[" + i + "].partnerId", "womensgroups.problem.notInGroup"));
      } else if (!marked.add(partner)) {
        problems.add(
            words.problem("attendance[" + i + "].partnerId", "womensgroups.problem.twice"));
      }
    }
    if (!marked.containsAll(required)) {
      problems.add(words.problem("attendance", "womensgroups.problem.attendanceMissing"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  private static List<Mark> marks(SessionRecord session) {
    return session.attendance() == null ? List.of() : session.attendance();
  }

  private static List<Attendance> attendance(SessionRecord session) {
    return marks(session).stream()
        .map(m -> new Attendance(m.partnerId(), m.attended(), m.absenceReason()))
        .toList();
  }

  /** The pass for the women's group: everything in it is behind the wall. */
  private AreaWallPass pass() {
    return caseAccess.behindTheWallInMyAreas();
  }

  /** The group, if it is in the user's areas (the pass keeps to them); otherwise not found. */
  private GroupRow groupRow(AreaWallPass pass, long id) {
    return store
        .group(pass, id)
        .orElseThrow(() -> new NotFoundException(words.say("womensgroups.problem.noGroup")));
  }

  private SessionRow sessionRow(AreaWallPass pass, long groupId, long sessionId) {
    return sessionStore
        .session(pass, groupId, sessionId)
        .orElseThrow(() -> new NotFoundException(words.say("womensgroups.problem.noSession")));
  }

  private OffsetDateTime now() {
    return clock.now();
  }
}
