package org.tandem.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.internal.ProgrammeStore;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;
import org.tandem.programme.internal.ProgrammeStore.GroupRow;
import org.tandem.programme.internal.ProgrammeStore.PastMark;
import org.tandem.referral.CaseJourney;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.Referrals;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;

/**
 * A man's place on the programme: joining a group at its next intake point, and every change of his
 * status, each of which is put on the family's risk timeline, alerts his case's workers and is
 * published for partner support to act on.
 */
@Service
public class Enrolments {

  private final Referrals referrals;
  private final CaseJourney journey;
  private final Groups groups;
  private final ProgrammeStore store;
  private final RiskManagement risk;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final ServiceClock clock;
  private final NonAssociations nonAssociations;
  private final ProgrammeWords words;

  Enrolments(
      Referrals referrals,
      Groups groups,
      ProgrammeStore store,
      RiskManagement risk,
      CurrentUsers currentUsers,
      AuditLog audit,
      ApplicationEventPublisher events,
      ServiceClock clock,
      CaseJourney journey,
      NonAssociations nonAssociations,
      ProgrammeWords words) {
    this.words = words;
    this.journey = journey;
    this.nonAssociations = nonAssociations;
    this.referrals = referrals;
    this.groups = groups;
    this.store = store;
    this.risk = risk;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Gives him a place in the group at its next intake point, with his week-12 and completion
   * reviews scheduled. Refused if the group is full, in another area, holds a man he must not be
   * with, or he already has a place.
   */
  @Transactional
  public long enrol(String reference, long groupId, boolean withInterpreter) {
    return enrol(reference, groupId, withInterpreter, null);
  }

  /**
   * As {@link #enrol(String, long, boolean)}. A place needs a viability decision of suitable; a
   * service manager may give one without it, with the reason, which his case's history keeps.
   */
  @Transactional
  public long enrol(
      String reference, long groupId, boolean withInterpreter, String withoutDecisionBecause) {
    CaseRef ref = referrals.open(reference);
    String without = unlessReady(ref, withoutDecisionBecause);
    GroupRow group = groups.groupRow(groupId);
    if (group.areaId() != ref.areaId()) {
      throw words.invalid("groupId", "programme.problem.groupInTheCaseArea");
    }
    if (group.attending() + group.waiting() >= group.capacity()) {
      throw words.invalid("groupId", "programme.problem.groupFull");
    }
    nonAssociations.checkPlace(ref, groupId);
    LocalDate intake =
        new IntakeCalendar(group.firstSessionOn(), group.intakeEveryWeeks())
            .nextIntakeOnOrAfter(today());
    long id;
    try {
      id =
          store.insertEnrolment(
              ref.referralId(),
              groupId,
              intake,
              EnrolmentStatus.WAITING,
              "Accepted for " + group.name(),
              withInterpreter,
              currentUsers.current().username(),
              now());
    } catch (DuplicateKeyException e) {
      throw words.invalid("groupId", "programme.problem.alreadyHasAPlace");
    }
    store.openReview(
        id, "WEEK_12", ProgrammeWords.WEEK_12_REVIEW, IntakeCalendar.week12ReviewDue(intake));
    store.openReview(
        id,
        "COMPLETION",
        ProgrammeWords.COMPLETION_REVIEW,
        IntakeCalendar.completionReviewDue(intake));
    audit.record(Action.CREATE, "programme place", ref);
    announce(
        ref,
        null,
        EnrolmentStatus.WAITING,
        "accepted for "
            + group.name()
            + ", starting "
            + intake
            + (without == null ? "" : "; without a suitable viability decision: " + without));
    return id;
  }

  /** The manager's reason for a place without a suitable decision, or null if none is needed. */
  private String unlessReady(CaseRef ref, String because) {
    CaseStatus stands = journey.status(ref);
    // One who holds a place already is refused as that, below.
    if (stands.readyForAPlace() || stands.holdsAPlace()) {
      return null;
    }
    if (because == null || because.isBlank()) {
      throw words.invalid("groupId", "programme.problem.needsViabilityDecision");
    }
    if (because.strip().length() > 300) {
      throw words.invalid("withoutDecisionBecause", "programme.problem.reason300");
    }
    if (!currentUsers.current().has(Role.SERVICE_MANAGER)) {
      throw words.invalid(
          "withoutDecisionBecause", "programme.problem.onlyAManagerWithoutDecision");
    }
    return because.strip();
  }

  /** Suspends, exits, completes or restarts him, with the reason; every change is announced. */
  @Transactional
  public void changeStatus(
      String reference, long enrolmentId, EnrolmentStatus to, String reason, Integer version) {
    CaseRef ref = referrals.open(reference);
    EnrolmentRow row =
        store
            .enrolment(enrolmentId)
            .filter(e -> e.referralId() == ref.referralId())
            .orElseThrow(() -> words.notFound("programme.notFound.place"));
    if (to == null) {
      throw words.invalid("status", "programme.problem.selectHisNewStatus");
    }
    if (!row.status().canMoveTo(to)) {
      throw words.invalid(
          "status",
          "programme.problem.cannotMove",
          words.say("programme.status." + row.status().name()),
          words.say("programme.status." + to.name()));
    }
    if (reason == null || reason.isBlank()) {
      throw words.invalid("reason", "programme.problem.giveTheReasonForTheChange");
    }
    if (reason.length() > 500) {
      throw words.invalid("reason", "programme.problem.reason500");
    }
    if (version == null || !store.changeStatus(enrolmentId, to, reason.strip(), version, now())) {
      throw words.conflict("programme.what.hisPlace");
    }
    audit.record(Action.UPDATE, "programme status", ref);
    announce(ref, row.status(), to, reason.strip());
  }

  /** His places on the programme, newest first, with his progress through each. */
  @Transactional
  public List<CaseEnrolment> forCase(String reference) {
    CaseRef ref = referrals.open(reference);
    List<EnrolmentRow> rows = store.enrolmentsOf(ref.referralId());
    List<Long> ids = rows.stream().map(EnrolmentRow::id).toList();
    Map<Long, List<Long>> attended = store.attendedSessions(ids);
    Map<Long, List<PastMark>> marks = store.marks(ids);
    Map<Long, GroupRow> groups = new HashMap<>();
    store
        .groupsById(rows.stream().map(EnrolmentRow::groupId).distinct().toList())
        .forEach(g -> groups.put(g.id(), g));
    Map<Long, List<CurriculumSession>> curricula =
        store.curricula(groups.values().stream().map(GroupRow::curriculumId).distinct().toList());
    audit.record(Action.READ, "programme places", ref);
    return rows.stream()
        .map(
            r -> {
              GroupRow g = groups.get(r.groupId());
              return new CaseEnrolment(
                  r.id(),
                  g.id(),
                  g.name(),
                  g.individual(),
                  r.status(),
                  r.statusReason(),
                  r.statusChangedAt(),
                  r.intakeOn(),
                  r.withInterpreter(),
                  ProgrammeProgress.of(
                      curricula.getOrDefault(g.curriculumId(), List.of()), attended.get(r.id())),
                  AbsenceRule.runOfUnexplainedAbsences(
                      marks.get(r.id()).stream().map(PastMark::mark).toList()),
                  r.version());
            })
        .toList();
  }

  /**
   * Puts a change of his status on the family's timeline, alerting the case's workers, and
   * publishes it for partner support: every change prompts contact with his partner.
   */
  void announce(CaseRef ref, EnrolmentStatus from, EnrolmentStatus to, String reason) {
    risk.recordEvent(
        ref.reference(),
        new NewRiskEvent(
            RiskEventKind.PROGRAMME_STATUS,
            today(),
            "Programme: " + (from == null ? "" : label(from) + " to ") + label(to) + ", " + reason,
            "Programme",
            true));
    journey.move(ref, to.caseStatus(), today(), "Programme: " + reason);
    events.publishEvent(
        new ProgrammeStatusChanged(
            ref.referralId(), ref.reference(), ref.areaId(), from, to, reason));
  }

  static String label(EnrolmentStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }

  private OffsetDateTime now() {
    return clock.now();
  }

  private LocalDate today() {
    return clock.today();
  }
}
