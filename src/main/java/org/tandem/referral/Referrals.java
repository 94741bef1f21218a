package org.tandem.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Accounts;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.AuditTrail;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseNotFoundException;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.internal.CaseListStore;
import org.tandem.referral.internal.ReferralStore;
import org.tandem.referral.internal.ReferralWords;
import org.tandem.referral.internal.RiskLevelSources;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Paging;
import org.tandem.web.ThisRequest;
import org.tandem.web.Validation;

/**
 * Referral intake, triage and the case record, for pages, the API and other features. Every read
 * and write is checked against the user's areas, filtered by the wall and written to the audit
 * trail here, so no door can forget to.
 */
@Service
public class Referrals {

  private final ReferralStore store;
  private final CaseListStore caseList;
  private final CaseAccess access;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ApplicationEventPublisher events;
  private final ServiceClock clock;
  private final AuditTrail auditTrail;
  private final CaseJourney journey;
  private final Accounts accounts;
  private final RiskLevelSources sources;
  private final ReferralWords words;

  Referrals(
      ReferralStore store,
      CaseListStore caseList,
      CaseAccess access,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ApplicationEventPublisher events,
      ServiceClock clock,
      AuditTrail auditTrail,
      Accounts accounts,
      CaseJourney journey,
      RiskLevelSources sources,
      ReferralWords words) {
    this.words = words;
    this.journey = journey;
    this.sources = sources;
    this.auditTrail = auditTrail;
    this.accounts = accounts;
    this.store = store;
    this.caseList = caseList;
    this.access = access;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.events = events;
    this.clock = clock;
  }

  /** A page of results with the total, for paged lists. */
  public record Page<T>(List<T> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /**
   * Logs a referral: the case, its partners and children, and (through {@link ReferralCreated}) the
   * partner-support worker's first task for each partner, all in one transaction.
   */
  @Transactional
  public String create(NewReferral referral) {
    validate(referral);
    CurrentUser user = currentUsers.current();
    OffsetDateTime now = now();
    String reference = store.nextReference(referral.areaId());
    long id = store.insert(reference, referral, user.username(), now);
    journey.referred(id, referral.referredOn());
    List<Long> partnerIds = new ArrayList<>();
    for (NewReferral.Partner partner : referral.partners()) {
      partnerIds.add(store.insertPartner(id, partner));
    }
    for (NewReferral.Child child : referral.children()) {
      store.insertChild(id, child);
    }
    audit.record(Action.CREATE, "referral", new CaseRef(id, reference, referral.areaId()));
    events.publishEvent(new ReferralCreated(id, reference, referral.areaId(), partnerIds));
    return reference;
  }

  /**
   * Checks a referral against every rule, throwing {@link InvalidRequestException} with all
   * problems.
   */
  public void validate(NewReferral referral) {
    List<FieldProblem> problems = new ArrayList<>(validation.problems(referral));
    if (referral.areaId() != null && !currentUsers.current().covers(referral.areaId())) {
      problems.add(words.problem("areaId", "referral.problem.selectAnAreaYourTeamCovers"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /** The whole case as the current user's role may see it. */
  @Transactional
  public CaseDetail detail(String reference) {
    ReferralStore.CaseKey key = openable(reference);
    Optional<WallPass> pass = access.behindTheWall(reference, key.id(), key.areaId());
    CaseDetail detail =
        store.detail(
            key.id(),
            today(),
            store.partnerCount(key.id()),
            pass.map(store::partners).orElse(null),
            store.children(key.id()),
            pass.flatMap(sources::of).orElse(null));
    audit.record(
        Action.READ,
        pass.isPresent() ? "case, with partners" : "case",
        new CaseRef(key.id(), key.reference(), key.areaId()));
    return detail;
  }

  /**
   * The case's open facts for a document that may reach the referrer or him: never her details,
   * whoever asks, so a report cannot carry them even when a manager produces it.
   */
  @Transactional
  public CaseDetail detailForReport(String reference) {
    ReferralStore.CaseKey key = openable(reference);
    CaseDetail detail =
        store.detail(
            key.id(), today(), store.partnerCount(key.id()), null, store.children(key.id()), null);
    audit.record(
        Action.READ, "case, for a report", new CaseRef(key.id(), key.reference(), key.areaId()));
    return detail;
  }

  /** Every move of the case along its journey, oldest first. */
  @Transactional
  public List<CaseStatusChange> journey(String reference) {
    CaseRef ref = open(reference);
    audit.record(Action.READ, "case journey", ref);
    return journey.history(ref);
  }

  /** Records a triage decision, refusing it if the case changed since the user read it. */
  @Transactional
  public void triage(String reference, Triage triage) {
    ReferralStore.CaseKey key = openable(reference);
    validation.check(triage);
    if (!key.status().canBeTriaged()) {
      throw words.refused(
          "outcome",
          key.status() == CaseStatus.REFERRED_ON || key.status() == CaseStatus.DID_NOT_ATTEND
              ? "referral.problem.closedAtTriageAlready"
              : "referral.problem.pastTriage");
    }
    if (!store.triage(key.id(), triage, currentUsers.current().username(), now())) {
      throw new EditConflictException(words.say("referral.conflict.case", reference));
    }
    if (triage.outcome().leadsTo() != key.status()) {
      journey.triaged(key.id(), triage.outcome().leadsTo());
    }
    audit.record(Action.UPDATE, "triage", new CaseRef(key.id(), key.reference(), key.areaId()));
  }

  /**
   * Records that the service is no longer involved with the case, which closes it, refusing a date
   * in the future or before the referral, and refusing it if the case changed since the user read
   * it.
   */
  @Transactional
  public void endInvolvement(String reference, InvolvementEnded ended) {
    ReferralStore.CaseKey key = openable(reference);
    validation.check(ended);
    CaseDetail now = store.detail(key.id(), today(), 0, null, List.of(), null);
    if (ended.endedOn().isAfter(today())) {
      throw words.refused("endedOn", "referral.problem.theDateMustBeTodayOrInThePast");
    }
    if (ended.endedOn().isBefore(now.referredOn())) {
      throw words.refused("endedOn", "referral.problem.theDateMustBeOnOrAfterTheReferral");
    }
    if (!store.endInvolvement(key.id(), ended, currentUsers.current().username())) {
      throw new EditConflictException(words.say("referral.conflict.case", reference));
    }
    CaseRef ref = new CaseRef(key.id(), key.reference(), key.areaId());
    audit.record(Action.UPDATE, "involvement ended", ref);
    // The service no longer involved ends his journey: the case closes on that day, unless it is
    // closed already, and her worker is asked whether her support goes on.
    if (journey.close(
        ref,
        ended.endedOn(),
        ClosureReason.OTHER,
        "The service is no longer involved: " + ended.reason().strip())) {
      events.publishEvent(
          new CaseClosed(ref.referralId(), ref.reference(), ref.areaId(), ClosureReason.OTHER));
    }
  }

  /**
   * A page of the user's cases, newest first, optionally matching a search on reference or his
   * name.
   */
  @Transactional
  public Page<CaseSummary> cases(String search, int page, int size) {
    return list(search, EnumSet.allOf(CaseStatus.class), false, page, size, "case list");
  }

  /** The waiting list: cases not yet seen, longest wait first. */
  @Transactional
  public Page<CaseSummary> waitingList(int page, int size) {
    return list(
        "",
        EnumSet.of(CaseStatus.AWAITING_TRIAGE, CaseStatus.AWAITING_ASSESSMENT),
        true,
        page,
        size,
        "waiting list");
  }

  private Page<CaseSummary> list(
      String search,
      Set<CaseStatus> statuses,
      boolean longestWaitingFirst,
      int page,
      int size,
      String what) {
    CurrentUser user = currentUsers.current();
    String term = search == null ? "" : search.strip();
    Paging paging = new Paging(page, size);
    List<CaseListStore.Listed> rows =
        caseList.page(
            user.areaIds(),
            term,
            statuses,
            longestWaitingFirst,
            paging.offset(),
            paging.size(),
            today());
    long total = caseList.count(user.areaIds(), term, statuses);
    audit.recordList(
        what,
        rows.stream().map(r -> new CaseRef(r.id(), r.summary().reference(), r.areaId())).toList());
    return new Page<>(
        rows.stream().map(CaseListStore.Listed::summary).toList(),
        paging.page(),
        paging.size(),
        total);
  }

  /**
   * Opens a case for another feature: checks the user may, and returns the handle that feature's
   * own reads and writes use. Refuses (as not found) a case outside the user's areas.
   */
  public CaseRef open(String reference) {
    return ThisRequest.remember(
        "opened-case." + reference,
        () -> {
          ReferralStore.CaseKey key = openable(reference);
          return new CaseRef(key.id(), key.reference(), key.areaId());
        });
  }

  /** Sets a case's risk level with the reason, and the next review date if one is given. */
  @Transactional
  public void changeRiskLevel(CaseRef ref, RiskLevel level, String reason, LocalDate reviewDueOn) {
    sources.forget(ref.referralId());
    store.changeRiskLevel(ref.referralId(), level, reason, reviewDueOn, now());
    audit.record(Action.UPDATE, "risk level", ref);
  }

  /**
   * Sets a case's risk level on what was found behind the wall: everyone reads the neutral reason,
   * and where it came from is kept behind the wall, read only with a pass.
   */
  @Transactional
  public void changeRiskLevelFromBehindTheWall(
      WallPass pass, RiskLevel level, String neutralReason, String source) {
    changeRiskLevel(pass.caseRef(), level, neutralReason, null);
    sources.record(pass, source);
  }

  /** Where the case's risk level came from, when that was behind the wall. */
  public Optional<String> riskLevelSource(WallPass pass) {
    return sources.of(pass);
  }

  public RiskLevel riskLevel(CaseRef ref) {
    return store.riskLevel(ref.referralId());
  }

  /** The user ids of the workers allocated to a case; either may be null. */
  public Allocation allocation(CaseRef ref) {
    return store.allocation(ref.referralId());
  }

  /** Allocates workers to a case; each must hold the role and cover the case's area. */
  @Transactional
  public void allocate(String reference, Long perpetratorWorkerId, Long partnerSupportWorkerId) {
    CaseRef ref = open(reference);
    List<FieldProblem> problems = new ArrayList<>();
    if (perpetratorWorkerId != null
        && accounts.workers(ref.areaId(), Role.PERPETRATOR_WORKER).stream()
            .noneMatch(w -> w.id() == perpetratorWorkerId)) {
      problems.add(
          words.problem(
              "perpetratorWorkerId", "referral.problem.choosePerpetratorWorkerWhoCovers"));
    }
    if (partnerSupportWorkerId != null
        && accounts.workers(ref.areaId(), Role.PARTNER_SUPPORT_WORKER).stream()
            .noneMatch(w -> w.id() == partnerSupportWorkerId)) {
      problems.add(
          words.problem(
              "partnerSupportWorkerId", "referral.problem.choosePartnerSupportWorkerWhoCovers"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    store.allocate(ref.referralId(), perpetratorWorkerId, partnerSupportWorkerId);
    audit.record(Action.UPDATE, "allocation", ref);
  }

  /** The audit trail of a case, for a service manager; reading it is itself audited. */
  @Transactional
  public AuditTrail.Page auditTrail(String reference, AuditTrail.Filter filter, Paging paging) {
    ReferralStore.CaseKey key = openable(reference);
    audit.record(Action.READ, "audit trail", new CaseRef(key.id(), key.reference(), key.areaId()));
    return auditTrail.forCase(key.id(), filter, paging);
  }

  /** Who appears in a case's audit trail. */
  @Transactional(readOnly = true)
  public List<String> auditedUsers(String reference) {
    ReferralStore.CaseKey key = openable(reference);
    return auditTrail.usernames(key.id());
  }

  private ReferralStore.CaseKey openable(String reference) {
    ReferralStore.CaseKey key =
        store.key(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    access.checkCanOpen(reference, key.areaId());
    return key;
  }

  private OffsetDateTime now() {
    return clock.now();
  }

  private LocalDate today() {
    return clock.today();
  }
}
