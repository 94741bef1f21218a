package org.tandem.children;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.children.internal.ChildrenStore;
import org.tandem.children.internal.ChildrenWorkQuery;
import org.tandem.referral.Referrals;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;
import org.tandem.web.Validation;

/**
 * Children's work on a case: each child's protection status over time, sessions with the child, and
 * the child's own sense of safety on the 1–10 ladder before and after the work. Cases are opened
 * only through {@link Referrals#open}, so a case outside the user's areas is not found; every read
 * and write is audited, naming what was touched and never its content.
 */
@Service
public class ChildrensWork {

  /** How many of a child's sessions the overview shows; the rest are a page away. */
  public static final int RECENT_SESSIONS = 5;

  private final Referrals referrals;
  private final ChildrenStore store;
  private final ChildrenWorkQuery workQuery;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final ChildWords words;

  ChildrensWork(
      Referrals referrals,
      ChildrenStore store,
      ChildrenWorkQuery workQuery,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      ChildWords words) {
    this.referrals = referrals;
    this.store = store;
    this.workQuery = workQuery;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
    this.words = words;
  }

  /** Every child named in the case's referral, with the work done with each. */
  @Transactional
  public CaseChildren overview(String reference) {
    CaseRef ref = referrals.open(reference);
    List<ChildWork> children = works(store.children(ref.referralId()));
    audit.record(Action.READ, "children's work", ref);
    return new CaseChildren(ref.reference(), children);
  }

  /** One child of the case and the work done with them; 404 if the child is not on this case. */
  @Transactional
  public ChildWork child(String reference, long childId) {
    CaseRef ref = referrals.open(reference);
    ChildWork work = work(find(ref, childId));
    audit.record(Action.READ, "children's work for one child", ref);
    return work;
  }

  /** A page of one child's sessions, newest first. */
  @Transactional
  public SessionPage sessions(String reference, long childId, int page, int size) {
    CaseRef ref = referrals.open(reference);
    ChildrenStore.Child child = find(ref, childId);
    Paging paging = new Paging(page, size);
    List<ChildSession> items = store.sessions(child.id(), paging.offset(), paging.size());
    long total = store.sessionCount(child.id());
    audit.record(Action.READ, "children's sessions", ref);
    return new SessionPage(
        ref.reference(),
        child.id(),
        words.label(child.givenName(), child.ageYears()),
        items,
        paging.page(),
        paging.size(),
        total);
  }

  /**
   * Records a change in the child's protection status, keeping the status it replaced; 409 if the
   * child's status changed since the caller read it (its version).
   */
  @Transactional
  public ChildWork changeProtectionStatus(String reference, long childId, NewStatusChange change) {
    CaseRef ref = referrals.open(reference);
    ChildrenStore.Child child = locked(ref, childId);
    if (change.version() != null && change.version() != child.version()) {
      throw new EditConflictException(words.say("children.problem.conflict.status"));
    }
    List<ProtectionHistory.Change> changes = store.changes(child.id());
    List<FieldProblem> problems =
        new ArrayList<>(
            ProtectionHistory.problems(
                child.protectionStatus(),
                change.status(),
                change.changedOn(),
                child.referredOn(),
                changes.isEmpty() ? null : changes.get(0).changedOn(),
                today(),
                words.problemWords()));
    problems.addAll(validation.problems(change));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (!store.changeStatus(child.id(), change.status(), change.version())) {
      throw new EditConflictException(words.say("children.problem.conflict.status"));
    }
    store.insertChange(
        child.id(),
        child.protectionStatus(),
        change.status(),
        change.changedOn(),
        currentUsers.current().username(),
        now());
    audit.record(Action.UPDATE, "child protection status", ref);
    return work(find(ref, childId));
  }

  /** Records a session with the child. */
  @Transactional
  public ChildWork recordSession(String reference, long childId, NewChildSession session) {
    CaseRef ref = referrals.open(reference);
    ChildrenStore.Child child = locked(ref, childId);
    validation.check(session);
    store.insertSession(child.id(), session, currentUsers.current().username(), now());
    audit.record(Action.CREATE, "children's session", ref);
    return work(child);
  }

  /**
   * Records a safety-ladder reading. An "after" reading needs a "before" reading on or before its
   * date; {@link SafetyLadder} holds the rules.
   */
  @Transactional
  public ChildWork recordLadderReading(String reference, long childId, NewLadderReading reading) {
    CaseRef ref = referrals.open(reference);
    ChildrenStore.Child child = locked(ref, childId);
    List<FieldProblem> problems =
        SafetyLadder.problems(
            reading.stage(),
            reading.takenOn(),
            reading.rating(),
            store.firstBefore(child.id()).orElse(null),
            today(),
            words.problemWords());
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    store.insertReading(
        child.id(),
        reading.stage(),
        reading.takenOn(),
        reading.rating(),
        currentUsers.current().username(),
        now());
    audit.record(Action.CREATE, "safety ladder reading", ref);
    return work(child);
  }

  private ChildWork work(ChildrenStore.Child child) {
    return works(List.of(child)).get(0);
  }

  private List<ChildWork> works(List<ChildrenStore.Child> children) {
    Map<Long, ChildrenWorkQuery.Done> done =
        workQuery.of(children.stream().map(ChildrenStore.Child::id).toList(), RECENT_SESSIONS);
    return children.stream()
        .map(
            child -> {
              ChildrenWorkQuery.Done d = done.get(child.id());
              return new ChildWork(
                  child.id(),
                  child.givenName(),
                  child.ageYears(),
                  child.protectionStatus(),
                  child.version(),
                  ProtectionHistory.history(
                      child.protectionStatus(), child.referredOn(), d.changes()),
                  ChildWork.Ladder.of(d.readings()),
                  d.recentSessions(),
                  d.sessionCount());
            })
        .toList();
  }

  private ChildrenStore.Child find(CaseRef ref, long childId) {
    return store.child(ref.referralId(), childId).orElseThrow(() -> notFound(ref, childId));
  }

  private ChildrenStore.Child locked(CaseRef ref, long childId) {
    return store.lockChild(ref.referralId(), childId).orElseThrow(() -> notFound(ref, childId));
  }

  private NotFoundException notFound(CaseRef ref, long childId) {
    return new NotFoundException(
        words.say("children.problem.noChild", String.valueOf(childId), ref.reference()));
  }

  private OffsetDateTime now() {
    return clock.now();
  }

  private LocalDate today() {
    return clock.today();
  }
}
