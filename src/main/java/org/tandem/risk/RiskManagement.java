package org.tandem.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Accounts;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.notes.CaseNotes;
import org.tandem.referral.Allocation;
import org.tandem.referral.CaseJourney;
import org.tandem.referral.Referrals;
import org.tandem.referral.RiskLevel;
import org.tandem.risk.internal.RiskStore;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * Joint risk management for a family: the timeline that every source feeds, alerts to the workers
 * allocated to the case, the three MARAC triggers, MARAC referrals and their outcomes, risk review
 * meetings, and the case's risk level with why it last changed.
 */
@Service
public class RiskManagement {

  /** The reason everyone reads when the risk was found behind the wall. */
  static final String NEUTRAL = "Information held by the service";

  /** Where it came from, read only behind the wall. */
  static final String FROM_HER = "Visible high risk identified by partner support";

  private final Referrals referrals;
  private final CaseJourney journey;
  private final RiskStore store;
  private final Accounts accounts;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final WorkingCalendar calendar;
  private final ApplicationEventPublisher events;
  private final CaseAccess access;
  private final int maracDueWithinDays;
  private final CaseNotes notes;
  private final AlertSentences sentences;
  private final RiskWords words;

  RiskManagement(
      Referrals referrals,
      CaseJourney journey,
      RiskStore store,
      Accounts accounts,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      WorkingCalendar calendar,
      ApplicationEventPublisher events,
      CaseAccess access,
      @Value("${tandem.marac.referral-due-within-days:1}") int maracDueWithinDays,
      CaseNotes notes,
      AlertSentences sentences,
      RiskWords words) {
    this.referrals = referrals;
    this.journey = journey;
    this.store = store;
    this.accounts = accounts;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
    this.calendar = calendar;
    this.events = events;
    this.access = access;
    this.maracDueWithinDays = maracDueWithinDays;
    this.notes = notes;
    this.sentences = sentences;
    this.words = words;
  }

  /**
   * A DASH checklist was scored for the case. Visible high risk (14 or more) raises the case to
   * high risk and creates the task to refer it to MARAC, unless one is already waiting.
   */
  @Transactional
  public void dashScored(CaseRef ref, DashScore score) {
    if (!MaracRules.visibleHighRisk(score)) {
      return;
    }
    String reason =
        "DASH score "
            + score.score()
            + " of 24: visible high risk"
            + (score.strangulation() ? "; strangulation indicated" : "");
    raiseToHigh(ref, reason, AlertCause.dash(score));
    openMaracReferral(ref, MaracTrigger.VISIBLE_HIGH_RISK, reason);
  }

  /**
   * The checklist completed with her, behind the wall, shows visible high risk. The case becomes
   * high risk and is referred to MARAC. Everyone on the case, his side too, and every report to the
   * referrer read a neutral reason: that it came from her, that she spoke to the service, is itself
   * behind the wall, kept for those with a pass (partner support and managers). So the pass is
   * needed to make the change at all, and the alert says only the neutral reason.
   */
  @Transactional
  public void partnerSupportFoundVisibleHighRisk(WallPass pass) {
    CaseRef ref = pass.caseRef();
    if (referrals.riskLevel(ref) != RiskLevel.HIGH) {
      referrals.changeRiskLevelFromBehindTheWall(pass, RiskLevel.HIGH, NEUTRAL, FROM_HER);
      alert(ref, null, AlertCause.heldByTheService());
    }
    openMaracReferral(ref, MaracTrigger.VISIBLE_HIGH_RISK, NEUTRAL, FROM_HER);
  }

  /** Records an event on the family's timeline, alerting the case's workers if asked. */
  @Transactional
  public long recordEvent(String reference, NewRiskEvent event) {
    CaseRef ref = referrals.open(reference);
    validation.check(event);
    CurrentUser me = currentUsers.current();
    long id = store.insertEvent(ref.referralId(), event, me.username(), now());
    audit.record(Action.CREATE, "risk event", ref);
    events.publishEvent(
        new RiskEventRecorded(
            ref.referralId(), ref.reference(), ref.areaId(), event.kind(), event.occurredOn()));
    if (Boolean.TRUE.equals(event.raisesAlert())) {
      alert(ref, id, AlertCause.event(event.kind()));
    }
    if (event.kind() == RiskEventKind.POLICE_CALL_OUT) {
      List<LocalDate> callOuts = store.policeCallOuts(ref.referralId());
      if (MaracRules.escalation(callOuts, today())) {
        long count = MaracRules.callOutsInPastYear(callOuts, today());
        String reason = count + " police call-outs in the past 12 months: escalation";
        raiseToHigh(ref, reason, AlertCause.callOuts(count));
        openMaracReferral(ref, MaracTrigger.ESCALATION, reason);
      }
    }
    return id;
  }

  /** A worker's reasoned concern: the case is referred to MARAC whatever its score. */
  @Transactional
  public void referOnProfessionalJudgement(String reference, String reason) {
    CaseRef ref = referrals.open(reference);
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException(
          List.of(words.problem("reason", "risk.problem.giveReasons")));
    }
    if (reason.length() > 4000) {
      throw new InvalidRequestException(
          List.of(words.problem("reason", "risk.problem.reasonsTooLong")));
    }
    raiseToHigh(
        ref,
        "Professional judgement: " + reason.strip(),
        AlertCause.judgement(AlertSentences.shorten(reason.strip())));
    openMaracReferral(ref, MaracTrigger.PROFESSIONAL_JUDGEMENT, reason.strip());
  }

  /** The MARAC referral was made on this date. */
  @Transactional
  public void recordMaracReferralMade(String reference, long id, LocalDate on, int version) {
    CaseRef ref = referrals.open(reference);
    if (on == null || on.isAfter(today())) {
      throw new InvalidRequestException(
          List.of(words.problem("referredOn", "risk.problem.referredOn")));
    }
    if (!store.recordMaracMade(
        ref.referralId(), id, on, currentUsers.current().username(), version)) {
      throw new EditConflictException("This MARAC referral", Languages.ENGLISH);
    }
    audit.record(Action.UPDATE, "MARAC referral made", ref);
  }

  /** What the MARAC meeting decided. */
  @Transactional
  public void recordMaracOutcome(
      String reference, long id, LocalDate meetingOn, String outcome, int version) {
    CaseRef ref = referrals.open(reference);
    List<FieldProblem> problems = new ArrayList<>();
    if (meetingOn == null) {
      problems.add(words.problem("meetingOn", "risk.problem.meetingOn"));
    }
    if (outcome == null || outcome.isBlank()) {
      problems.add(words.problem("meetingOutcome", "risk.problem.meetingOutcome"));
    } else if (outcome.length() > 4000) {
      problems.add(words.problem("meetingOutcome", "risk.problem.meetingOutcomeTooLong"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (!store.recordMaracOutcome(ref.referralId(), id, meetingOn, outcome.strip(), version)) {
      throw new EditConflictException("This MARAC referral", Languages.ENGLISH);
    }
    audit.record(Action.UPDATE, "MARAC meeting outcome", ref);
  }

  /** A risk review meeting: its decisions, the level it sets and the next review date. */
  @Transactional
  public void recordReview(String reference, NewRiskReview review) {
    CaseRef ref = referrals.open(reference);
    validation.check(review);
    store.insertReview(ref.referralId(), review, currentUsers.current().username(), now());
    referrals.changeRiskLevel(
        ref, review.riskLevel(), "Risk review on " + review.heldOn(), review.nextReviewOn());
    audit.record(Action.CREATE, "risk review", ref);
  }

  /** Everything about the family's risk, as any worker on the case may see it. */
  @Transactional
  public RiskPicture picture(String reference) {
    CaseRef ref = referrals.open(reference);
    RiskStore.Level level = store.level(ref.referralId());
    LocalDate today = today();
    audit.record(Action.READ, "risk timeline", ref);
    // Behind the wall the reasons say where they came from; everyone else reads the neutral ones.
    Optional<WallPass> pass = access.behindTheWall(ref);
    List<RiskPicture.MaracReferral> marac = store.maracReferrals(ref.referralId(), today);
    if (pass.isPresent()) {
      Map<Long, String> sources = store.maracSources(pass.get());
      marac = marac.stream().map(m -> m.withReason(sources.get(m.id()))).toList();
    }
    return new RiskPicture(
        ref.reference(),
        level.level(),
        level.changedAt(),
        pass.flatMap(referrals::riskLevelSource).orElse(level.reason()),
        level.reviewDueOn(),
        level.reviewDueOn() != null && level.reviewDueOn().isBefore(today),
        MaracRules.callOutsInPastYear(store.policeCallOuts(ref.referralId()), today),
        store.timeline(ref.referralId()),
        marac,
        store.reviews(ref.referralId()),
        journey.history(ref),
        notes.onTimeline(ref));
  }

  /** The current user's alerts still to acknowledge, newest first. */
  @Transactional
  public List<RiskAlert> myAlerts() {
    CurrentUser me = currentUsers.current();
    List<RiskAlert> alerts = store.openAlerts(me.id(), me.areaIds(), 100, sentences);
    audit.recordList(
        "risk alerts",
        alerts.stream().map(a -> new CaseRef(a.referralId(), a.reference(), a.areaId())).toList());
    return alerts;
  }

  /**
   * Acknowledges one of the current user's open alerts. Someone else's alert, or one already
   * acknowledged, is not found: an alert is acknowledged only by the worker it was for.
   */
  @Transactional
  public void acknowledge(long alertId) {
    if (!store.acknowledge(alertId, currentUsers.current().id(), now())) {
      throw new NotFoundException(words.say("risk.problem.noSuchAlert"));
    }
  }

  /** MARAC referrals still to be made in the user's areas, soonest due first. */
  @Transactional
  public List<MaracReferralDue> maracReferralsDue() {
    CurrentUser me = currentUsers.current();
    List<MaracReferralDue> due = store.maracDue(me.areaIds(), 100);
    audit.recordList(
        "MARAC referrals due",
        due.stream().map(d -> new CaseRef(d.referralId(), d.reference(), d.areaId())).toList());
    return due;
  }

  private void raiseToHigh(CaseRef ref, String reason, AlertCause cause) {
    if (referrals.riskLevel(ref) != RiskLevel.HIGH) {
      referrals.changeRiskLevel(ref, RiskLevel.HIGH, reason, null);
      alert(ref, null, cause);
    }
  }

  private void openMaracReferral(CaseRef ref, MaracTrigger trigger, String reason) {
    openMaracReferral(ref, trigger, reason, null);
  }

  /** {@code source}, when not null, is the reason naming where it came from behind the wall. */
  private void openMaracReferral(CaseRef ref, MaracTrigger trigger, String reason, String source) {
    if (store.openMaracReferral(ref.referralId()).isPresent()) {
      return;
    }
    boolean repeat =
        MaracRules.repeat(store.lastMaracReferral(ref.referralId()).orElse(null), today());
    store.insertMaracReferral(
        ref.referralId(),
        trigger,
        reason,
        source,
        // Within the working days the service allows: raised on a Friday, due on the Monday.
        calendar.workingDays().add(today(), maracDueWithinDays),
        repeat,
        currentUsers.current().username(),
        now());
    audit.record(Action.CREATE, "MARAC referral task", ref);
  }

  /**
   * Alerts the workers allocated to the case; while none is allocated, every perpetrator and
   * partner-support worker covering its area. Never the person who caused the alert.
   */
  private void alert(CaseRef ref, Long eventId, AlertCause cause) {
    Allocation allocation = referrals.allocation(ref);
    Set<Long> recipients = new LinkedHashSet<>();
    if (allocation.perpetratorWorkerId() != null) {
      recipients.add(allocation.perpetratorWorkerId());
    }
    if (allocation.partnerSupportWorkerId() != null) {
      recipients.add(allocation.partnerSupportWorkerId());
    }
    if (recipients.isEmpty()) {
      accounts.workers(ref.areaId(), Role.PERPETRATOR_WORKER).forEach(w -> recipients.add(w.id()));
      accounts
          .workers(ref.areaId(), Role.PARTNER_SUPPORT_WORKER)
          .forEach(w -> recipients.add(w.id()));
    }
    recipients.remove(currentUsers.current().id());
    store.insertAlerts(
        ref.referralId(),
        eventId,
        recipients,
        cause,
        sentences.english(ref.reference(), cause),
        now());
  }

  private OffsetDateTime now() {
    return clock.now();
  }

  private LocalDate today() {
    return clock.today();
  }
}
