package org.tandem.consent;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.consent.internal.ConsentWords;
import org.tandem.consent.internal.SharingStore;
import org.tandem.referral.Referrals;
import org.tandem.web.Validation;

/**
 * Information shared out of the service from his case (reports to his referrer, MARAC, children's
 * services), each recorded with its lawful basis through the {@link SharingGate}: on his consent,
 * or a legal basis. For anyone who may open the case; audited without its content.
 */
@Service
public class Sharings {

  private final Referrals referrals;
  private final SharingStore store;
  private final SharingGate gate;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final ConsentWords words;

  Sharings(
      Referrals referrals,
      SharingStore store,
      SharingGate gate,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      ConsentWords words) {
    this.words = words;
    this.referrals = referrals;
    this.store = store;
    this.gate = gate;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  @Transactional
  public List<Sharing> list(String reference) {
    CaseRef ref = referrals.open(reference);
    List<Sharing> sharings = store.list(ref);
    audit.record(Action.READ, "sharings out of his case", ref);
    return sharings;
  }

  /** Records a sharing, refused without a basis or on a consent of his that does not stand. */
  @Transactional
  public long record(String reference, NewSharing sharing) {
    CaseRef ref = referrals.open(reference);
    validation.check(sharing);
    if (!ShareTo.his().contains(sharing.kind())) {
      throw words.refused("kind", "consent.problem.selectASharingFromHisCase");
    }
    Grounds grounds =
        gate.forHim(
            ref, sharing.kind(), sharing.sharedOn(), sharing.basis(), sharing.basisReason());
    long id = store.insert(ref, sharing, grounds, currentUsers.current().username(), clock.now());
    audit.record(Action.CREATE, "sharing out of his case", ref);
    return id;
  }
}
