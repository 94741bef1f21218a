package org.tandem.referral;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.internal.JourneyStore;

/**
 * Moves his case along its journey when something happens that moves it, and keeps every move. The
 * features that make things happen (assessment, the programme) tell it what happened; it decides
 * from {@link CaseStatus#reachedFrom()} whether that moves the case. An event that does not apply
 * where the case stands (a second assessment session, a session after he started) moves nothing.
 */
@Service
public class CaseJourney {

  private final JourneyStore store;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;

  CaseJourney(JourneyStore store, CurrentUsers currentUsers, ServiceClock clock) {
    this.store = store;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  /** Moves the case to {@code to} if it may go there from where it stands; says if it moved. */
  @Transactional
  public boolean move(CaseRef ref, CaseStatus to, LocalDate on, String reason) {
    if (!store.move(ref.referralId(), to.reachedFrom(), to)) {
      return false;
    }
    record(ref.referralId(), to, on, reason);
    return true;
  }

  /**
   * Closes the case, keeping the closure's code; says whether it closed (not if closed already).
   */
  boolean close(CaseRef ref, LocalDate on, ClosureReason reason, String words) {
    if (!store.move(ref.referralId(), CaseStatus.CLOSED.reachedFrom(), CaseStatus.CLOSED)) {
      return false;
    }
    store.record(
        ref.referralId(),
        CaseStatus.CLOSED,
        on,
        words,
        reason,
        currentUsers.current().username(),
        clock.now());
    return true;
  }

  /** Reopens a closed case where it stood before it closed; says whether it was closed. */
  boolean reopen(CaseRef ref, String reason) {
    CaseStatus before =
        store.before(ref.referralId(), CaseStatus.CLOSED).orElse(CaseStatus.AWAITING_TRIAGE);
    if (!store.move(ref.referralId(), java.util.EnumSet.of(CaseStatus.CLOSED), before)) {
      return false;
    }
    record(ref.referralId(), before, clock.today(), reason);
    return true;
  }

  /** Where every case starts: referred, awaiting triage. */
  void referred(long referralId, LocalDate on) {
    record(referralId, CaseStatus.AWAITING_TRIAGE, on, "Referred");
  }

  /** A triage decision, already applied to the case, kept in its history. */
  void triaged(long referralId, CaseStatus to) {
    record(referralId, to, clock.today(), "Triage");
  }

  /** Where the case stands now. The caller has opened the case. */
  public CaseStatus status(CaseRef ref) {
    return store.status(ref.referralId());
  }

  /** Every move, oldest first. The caller has opened the case. */
  public List<CaseStatusChange> history(CaseRef ref) {
    return store.history(ref.referralId());
  }

  private void record(long referralId, CaseStatus to, LocalDate on, String reason) {
    store.record(referralId, to, on, reason, null, currentUsers.current().username(), clock.now());
  }
}
