package org.tandem.womensgroups;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import org.tandem.calendar.ServiceClock;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;
import org.tandem.web.Validation;
import org.tandem.womensgroups.internal.WomensGroupStore;
import org.tandem.womensgroups.internal.WomensGroupStore.GroupRow;

/**
 * The structured women's group: groups in the user's areas and the women in each (its sessions and
 * registers are {@link WomensGroupSessions}). All of it is behind the confidentiality wall (who
 * attends, and when and where the women meet), so every method refuses any role but partner support
 * and managers, takes a pass through the wall from {@link CaseAccess} for the store's queries, and
 * audits every read or write of a woman against her case, never with content.
 */
@Service
@PreAuthorize(Roles.PARTNER_SUPPORT)
public class WomensGroups {

  /** A new group. It meets weekly from its first date; "meets" says the day and times. */
  @Schema(name = "NewWomensGroup")
  public record NewGroup(
      @NotNull(message = "{womensgroups.problem.areaMissing}") Long areaId,
      @NotBlank(message = "{womensgroups.problem.nameMissing}")
          @Size(max = 120, message = "{womensgroups.problem.nameLength}")
          String name,
      @NotBlank(message = "{womensgroups.problem.venueMissing}")
          @Size(max = 200, message = "{womensgroups.problem.venueLength}")
          String venue,
      @NotBlank(message = "{womensgroups.problem.meetsMissing}")
          @Size(max = 120, message = "{womensgroups.problem.meetsLength}")
          String meets,
      @NotNull(message = "{womensgroups.problem.startsOnMissing}") LocalDate startsOn,
      @NotNull(message = "{womensgroups.problem.capacityMissing}")
          @Min(value = 1, message = "{womensgroups.problem.capacityLeast}")
          @Max(value = 30, message = "{womensgroups.problem.capacityMost}")
          Integer capacity) {}

  /** A woman to add to a group; she joins today unless a date is given. */
  @Schema(name = "NewWomensGroupMember")
  public record NewMember(
      @NotNull(message = "{womensgroups.problem.memberMissing}") Long partnerId,
      LocalDate joinedOn) {}

  /** A group as listed and shown. The next session assumes it meets weekly from its first date. */
  @Schema(name = "WomensGroup")
  public record Group(
      long id,
      long areaId,
      String areaCode,
      String areaName,
      String name,
      String venue,
      String meets,
      LocalDate startsOn,
      int capacity,
      int members,
      int placesFree,
      int sessions,
      LocalDate lastSessionOn,
      LocalDate nextSessionOn,
      int version) {}

  /** A woman in a group. */
  @Schema(name = "WomensGroupMember")
  public record Member(
      long partnerId,
      String reference,
      String name,
      String relationship,
      LocalDate joinedOn,
      int sessionsAttended,
      int sessionsRecorded) {}

  /** A woman who may be added: in the group's area, not in it, not declined contact. */
  @Schema(name = "WomensGroupCandidate")
  public record Candidate(
      long partnerId, String reference, String name, String relationship, String contactStatus) {}

  /** One page of a list that can grow. Pages count from 0. */
  public record Page<T>(List<T> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  private final WomensGroupStore store;
  private final CurrentUsers currentUsers;
  private final CaseAccess caseAccess;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final WomensGroupWords words;

  WomensGroups(
      WomensGroupStore store,
      CurrentUsers currentUsers,
      CaseAccess caseAccess,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      WomensGroupWords words) {
    this.words = words;
    this.store = store;
    this.currentUsers = currentUsers;
    this.caseAccess = caseAccess;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** The groups in the user's areas, by area and name. Names no woman, so nothing to audit. */
  @Transactional(readOnly = true)
  public Page<Group> groups(int page, int size) {
    Paging paging = new Paging(page, size);
    AreaWallPass pass = pass();
    LocalDate today = today();
    List<Group> items =
        store.groups(pass, paging.offset(), paging.size()).stream()
            .map(g -> group(g, today))
            .toList();
    return new Page<>(items, paging.page(), paging.size(), store.countGroups(pass));
  }

  /** One group, if it is in the user's areas; otherwise not found. */
  @Transactional(readOnly = true)
  public Group group(long id) {
    return group(groupRow(pass(), id), today());
  }

  @Transactional
  public long create(NewGroup group) {
    List<FieldProblem> problems = new ArrayList<>(validation.problems(group));
    CurrentUser me = currentUsers.current();
    if (group.areaId() != null && !me.covers(group.areaId())) {
      problems.add(words.problem("areaId", "womensgroups.problem.areaNotCovered"));
    }
    if (group.areaId() != null
        && group.name() != null
        && !group.name().isBlank()
        && me.covers(group.areaId())
        && store.nameTaken(pass(), group.areaId(), group.name())) {
      problems.add(words.problem("name", "womensgroups.problem.nameTaken"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return store.insertGroup(
        group.areaId(),
        group.name(),
        group.venue(),
        group.meets(),
        group.startsOn(),
        group.capacity(),
        me.username(),
        now());
  }

  /** The women in the group now; each is an audited read of her case. */
  @Transactional
  public List<Member> members(long groupId) {
    AreaWallPass pass = pass();
    groupRow(pass, groupId);
    var rows = store.members(pass, groupId);
    audit.recordList(
        "women's group members", rows.stream().map(WomensGroupStore.MemberRow::caseRef).toList());
    return rows.stream()
        .map(
            m ->
                new Member(
                    m.partnerId(),
                    m.caseRef().reference(),
                    name(m.givenName(), m.familyName()),
                    m.relationship(),
                    m.joinedOn(),
                    m.attended(),
                    m.recorded()))
        .toList();
  }

  /** Women who could join the group, by name; each is an audited read of her case. */
  @Transactional
  public Page<Candidate> candidates(long groupId, int page, int size) {
    AreaWallPass pass = pass();
    GroupRow group = groupRow(pass, groupId);
    Paging paging = new Paging(page, size);
    var rows = store.candidates(pass, groupId, group.areaId(), paging.offset(), paging.size());
    audit.recordList(
        "women's group candidates",
        rows.stream().map(WomensGroupStore.CandidateRow::caseRef).toList());
    return new Page<>(
        rows.stream()
            .map(
                c ->
                    new Candidate(
                        c.partnerId(),
                        c.caseRef().reference(),
                        name(c.givenName(), c.familyName()),
                        c.relationship(),
                        c.contactStatus()))
            .toList(),
        paging.page(),
        paging.size(),
        store.countCandidates(pass, groupId, group.areaId()));
  }

  /** Adds a woman to the group: she must be a candidate and the group must have a place. */
  @Transactional
  public void addMember(long groupId, NewMember member) {
    AreaWallPass pass = pass();
    GroupRow group = groupRow(pass, groupId);
    validation.check(member);
    store.lock(groupId);
    CaseRef ref =
        store
            .candidate(pass, groupId, group.areaId(), member.partnerId())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        List.of(words.problem("partnerId", "womensgroups.problem.notCandidate"))));
    GroupRow locked = groupRow(pass, groupId);
    if (locked.members() >= locked.capacity()) {
      throw new InvalidRequestException(
          List.of(words.problem("partnerId", "womensgroups.problem.full")));
    }
    CurrentUser me = currentUsers.current();
    store.insertMember(
        groupId,
        member.partnerId(),
        member.joinedOn() == null ? today() : member.joinedOn(),
        me.username(),
        now());
    audit.record(AuditLog.Action.CREATE, "women's group member added", ref);
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

  private static Group group(GroupRow g, LocalDate today) {
    return new Group(
        g.id(),
        g.areaId(),
        g.areaCode(),
        g.areaName(),
        g.name(),
        g.venue(),
        g.meets(),
        g.startsOn(),
        g.capacity(),
        g.members(),
        Math.max(0, g.capacity() - g.members()),
        g.sessions(),
        g.lastSessionOn(),
        nextWeekly(g.startsOn(), today),
        g.version());
  }

  /** The first weekly meeting from the start date on or after today. */
  static LocalDate nextWeekly(LocalDate startsOn, LocalDate today) {
    if (!today.isAfter(startsOn)) {
      return startsOn;
    }
    long weeks = (ChronoUnit.DAYS.between(startsOn, today) + 6) / 7;
    return startsOn.plusWeeks(weeks);
  }

  static String name(String given, String family) {
    return family == null || family.isBlank() ? given : given + " " + family;
  }

  private LocalDate today() {
    return clock.today();
  }

  private OffsetDateTime now() {
    return clock.now();
  }
}
