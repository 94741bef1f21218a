package org.tandem.partnersupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.consent.Grounds;
import org.tandem.consent.SharingGate;
import org.tandem.partnersupport.internal.HerDetailsStore;
import org.tandem.partnersupport.internal.PartnerRecordStore;
import org.tandem.partnersupport.internal.PartnerRecordStore.Her;
import org.tandem.partnersupport.internal.SupportWorkStore;
import org.tandem.referral.Referrals;
import org.tandem.risk.DashScore;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.Validation;

/**
 * Her record, behind the wall: proactive contact and where it stands, her wishes and consents, her
 * own DASH, her safety plan, referrals on and support work, and what she may share (the letter to
 * her is {@link PartnerLetters}). Every method first gets a pass through the wall for her case, so
 * only partner-support workers and service managers covering the case's area reach any of it; every
 * read and write is audited without its content.
 */
@Service
public class PartnerSupport {

  private static final ZoneId UK = ServiceClock.ZONE;

  private final Referrals referrals;
  private final CaseAccess access;
  private final PartnerRecordStore store;
  private final SupportWorkStore work;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final RiskManagement risk;
  private final ServiceClock clock;
  private final HerDetailsStore herDetails;
  private final SharingGate gate;
  private final PartnerWords words;

  PartnerSupport(
      Referrals referrals,
      CaseAccess access,
      PartnerRecordStore store,
      SupportWorkStore work,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      RiskManagement risk,
      ServiceClock clock,
      HerDetailsStore herDetails,
      SharingGate gate,
      PartnerWords words) {
    this.herDetails = herDetails;
    this.referrals = referrals;
    this.access = access;
    this.store = store;
    this.work = work;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.risk = risk;
    this.clock = clock;
    this.gate = gate;
    this.words = words;
  }

  /**
   * Opens a case behind the wall, once for the request: the pass that every part of her record
   * takes. Refused for a role that does not work behind the wall, and (as not found) for a case
   * outside the user's areas.
   */
  public WallPass behindTheWall(String reference) {
    CaseRef ref = referrals.open(reference);
    return access
        .behindTheWall(ref)
        .orElseThrow(() -> new AccessDeniedException("Her record is behind the wall"));
  }

  private HerOnTheCase open(String reference, long partnerId) {
    return open(behindTheWall(reference), partnerId);
  }

  private HerOnTheCase open(WallPass pass, long partnerId) {
    return HerOnTheCase.open(store, pass, partnerId, words::noSuchPartner);
  }

  @Transactional
  public PartnerRecord record(String reference, long partnerId) {
    return record(behindTheWall(reference), partnerId);
  }

  /** Her whole record, read through a pass the request already holds. */
  @Transactional
  public PartnerRecord record(WallPass pass, long partnerId) {
    HerOnTheCase o = open(pass, partnerId);
    Her her = o.her();
    List<PartnerRecord.Attempt> attempts = store.attempts(o.pass(), partnerId);
    audit.record(Action.READ, "partner record", o.ref());
    return new PartnerRecord(
        o.ref().reference(),
        partnerId,
        her.relationship(),
        her.givenName(),
        her.familyName(),
        her.phone(),
        her.email(),
        her.address(),
        her.safeContactTimes(),
        her.doNotContactBy(),
        her.status(),
        her.statusOn(),
        store.statusHistory(o.pass(), partnerId),
        her.letterSentOn(),
        attempts.size(),
        (int) attempts.stream().filter(a -> a.outcome().reached()).count(),
        attempts,
        her.herViewOfSafety(),
        her.childrensSafetyView(),
        her.consentToShare(),
        her.consentToAttendance(),
        work.dashes(o.pass(), partnerId),
        work.plans(o.pass(), partnerId, today()),
        work.referralsOn(o.pass(), partnerId),
        work.sessions(o.pass(), partnerId),
        her.version());
  }

  // --- proactive contact ---

  /**
   * Logs an attempt to reach her, refusing one by a way she refused or outside her safe contact
   * times. Reaching her moves where contact stands and completes the prompts to contact her that
   * were raised before the attempt.
   */
  @Transactional
  public void recordAttempt(String reference, long partnerId, NewContactAttempt attempt) {
    HerOnTheCase o = open(reference, partnerId);
    List<FieldProblem> problems = new ArrayList<>(validation.problems(attempt));
    problems.addAll(
        words.said(
            ContactRules.problems(
                attempt,
                o.her().doNotContactBy(),
                o.her().safeContactTimes() != null && !o.her().safeContactTimes().isBlank(),
                clock.local().toLocalDateTime())));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String me = currentUsers.current().username();
    OffsetDateTime at =
        attempt.attemptedOn().atTime(attempt.attemptedAt()).atZone(UK).toOffsetDateTime();
    store.insertAttempt(o.pass(), partnerId, attempt, at, me, now());
    PartnerContactStatus next = o.her().status().after(attempt.outcome());
    if (next != o.her().status()
        && !store.changeStatus(
            o.pass(), partnerId, next, attempt.attemptedOn(), o.her().version(), me, now())) {
      // Her record changed while this attempt was being saved: save nothing rather than leave
      // the attempt logged with where contact stands not moved.
      throw new EditConflictException("Her record", Languages.ENGLISH);
    }
    if (attempt.outcome().reached()) {
      store.completeTasks(o.pass(), partnerId, PartnerRecordStore.CONTACT_TASK, at, me, now());
    }
    audit.record(Action.CREATE, "partner contact attempt", o.ref());
  }

  /** Moves where contact stands by the worker's judgement: engaged, declined, unreachable. */
  @Transactional
  public void changeStatus(
      String reference, long partnerId, PartnerContactStatus to, LocalDate on, int version) {
    HerOnTheCase o = open(reference, partnerId);
    List<FieldProblem> problems = new ArrayList<>();
    if (to == null) {
      problems.add(words.problem("status", "partnersupport.problem.status.missing"));
    } else if (to != o.her().status() && !o.her().status().canMoveTo(to)) {
      problems.add(
          words.problem(
              "status",
              "partnersupport.problem.status.notStraight",
              inWords(o.her().status()),
              inWords(to)));
    } else if (to == o.her().status()) {
      problems.add(words.problem("status", "partnersupport.problem.status.same", inWords(to)));
    }
    if (on == null) {
      problems.add(words.problem("changedOn", "partnersupport.problem.status.dateMissing"));
    } else if (on.isAfter(today())) {
      problems.add(words.problem("changedOn", "partnersupport.problem.status.dateLater"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (!store.changeStatus(
        o.pass(), partnerId, to, on, version, currentUsers.current().username(), now())) {
      throw new EditConflictException("Her record", Languages.ENGLISH);
    }
    audit.record(Action.UPDATE, "partner contact status", o.ref());
  }

  /** Where contact stands, as a problem's sentence says it. */
  private String inWords(PartnerContactStatus status) {
    return words.say("partnersupport.problem.status.words." + status.name());
  }

  // --- her wishes, views and consents ---

  @Transactional
  public void updateWishes(String reference, long partnerId, HerWishes wishes) {
    HerOnTheCase o = open(reference, partnerId);
    validation.check(wishes);
    // Her safe contact times are one of her details: a change here is kept as an amendment too.
    String before =
        herDetails
            .read(o.pass(), partnerId)
            .orElseThrow()
            .values()
            .get(HerDetail.SAFE_CONTACT_TIMES);
    if (!store.updateWishes(o.pass(), partnerId, wishes)) {
      throw new EditConflictException("Her record", Languages.ENGLISH);
    }
    String times = wishes.safeContactTimes();
    String after = times == null || times.isBlank() ? null : times.strip();
    if (!java.util.Objects.equals(before, after)) {
      herDetails.record(
          o.pass(),
          partnerId,
          java.util.Map.of(HerDetail.SAFE_CONTACT_TIMES, new String[] {before, after}),
          HerCorrections.WISHES_REASON,
          currentUsers.current().username(),
          now());
    }
    audit.record(Action.UPDATE, "partner wishes and consent", o.ref());
  }

  // --- her DASH, safety plan, referrals on, support work ---

  /**
   * Scores the checklist completed with her. Visible high risk makes the case high risk and refers
   * it to MARAC, giving everyone else a neutral reason: that it came from her stays behind the
   * wall.
   */
  @Transactional
  public DashScore recordDash(String reference, long partnerId, NewPartnerDash dash) {
    HerOnTheCase o = open(reference, partnerId);
    validation.check(dash);
    List<FieldProblem> problems = new ArrayList<>();
    for (int n = 1; n <= DashScore.INDICATORS; n++) {
      if (dash.answers().get(n) == null) {
        problems.add(
            words.problem("answers[" + n + "]", "partnersupport.problem.dash.unanswered", n));
      }
    }
    if (dash.answers().keySet().stream()
        .anyMatch(n -> n == null || n < 1 || n > DashScore.INDICATORS)) {
      problems.add(words.problem("answers", "partnersupport.problem.dash.only24"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    DashScore score = DashScore.of(dash.answers());
    work.insertDash(
        o.pass(),
        partnerId,
        dash.completedOn(),
        dash.answers(),
        score,
        dash.notes(),
        currentUsers.current().username(),
        now());
    audit.record(Action.CREATE, "partner DASH", o.ref());
    if (score.visibleHighRisk()) {
      risk.partnerSupportFoundVisibleHighRisk(o.pass());
    }
    return score;
  }

  /** A new revision of her safety plan, refused if someone revised it since the worker read it. */
  @Transactional
  public void reviseSafetyPlan(String reference, long partnerId, NewSafetyPlan plan) {
    HerOnTheCase o = open(reference, partnerId);
    validation.check(plan);
    store.lock(o.pass(), partnerId);
    if (work.currentPlanRevision(o.pass(), partnerId) != plan.basedOn()) {
      throw new EditConflictException("Her safety plan", Languages.ENGLISH);
    }
    work.insertPlan(
        o.pass(),
        partnerId,
        plan.plan(),
        plan.reviewOn(),
        currentUsers.current().username(),
        now());
    audit.record(Action.UPDATE, "partner safety plan", o.ref());
  }

  /**
   * Records a referral on, refused without a lawful basis or on a consent of hers that does not
   * cover it, has expired or was withdrawn; the basis is kept with the referral.
   */
  @Transactional
  public void referOn(String reference, long partnerId, NewReferralOn referral) {
    HerOnTheCase o = open(reference, partnerId);
    validation.check(referral);
    Grounds grounds =
        gate.forHer(
            o.pass(),
            partnerId,
            referral.service().sharing(),
            referral.referredOn(),
            referral.basis(),
            referral.basisReason());
    work.insertReferralOn(
        o.pass(), partnerId, referral, grounds, currentUsers.current().username(), now());
    audit.record(Action.CREATE, "partner referral on", o.ref());
  }

  @Transactional
  public void recordSession(String reference, long partnerId, NewSupportSession session) {
    HerOnTheCase o = open(reference, partnerId);
    validation.check(session);
    work.insertSession(o.pass(), partnerId, session, currentUsers.current().username(), now());
    audit.record(Action.CREATE, "partner support session", o.ref());
  }

  // --- what she may share ---

  /**
   * Shares risk information with the perpetrator worker as an event on the family's timeline,
   * refusing text that holds her name, contact details or address.
   */
  @Transactional
  public void shareRiskItem(String reference, long partnerId, SharedRiskItem item) {
    HerOnTheCase o = open(reference, partnerId);
    validation.check(item);
    Her her = o.her();
    List<String> found =
        SharingRules.herDetailsIn(
            item.summary(),
            new SharingRules.HerDetails(
                her.givenName(),
                her.familyName(),
                her.phone(),
                her.email(),
                her.address(),
                her.safeContactTimes()));
    if (!found.isEmpty()) {
      throw new InvalidRequestException(
          List.of(words.problem("summary", "partnersupport.problem.takeOut", words.listOf(found))));
    }
    risk.recordEvent(
        reference,
        new NewRiskEvent(
            RiskEventKind.PARTNER_REPORT,
            item.occurredOn(),
            item.summary().strip(),
            "Partner support",
            true));
    audit.record(Action.CREATE, "risk information shared by partner support", o.ref());
  }

  /** The ways she may refuse to be contacted, for forms. */
  public static EnumSet<ContactMethod> avoidable() {
    return EnumSet.copyOf(ContactMethod.avoidable());
  }

  private OffsetDateTime now() {
    return clock.now();
  }

  private LocalDate today() {
    return clock.today();
  }
}
