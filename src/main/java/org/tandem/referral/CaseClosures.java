package org.tandem.referral;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.referral.internal.ReferralWords;
import org.tandem.web.Validation;

/**
 * Closing his case, with the reason in the evaluations' codes, and reopening it (a manager's
 * decision, with the reason kept). Her support does not close with his case: her worker is prompted
 * to decide that with her ({@link CaseClosed}).
 */
@Service
public class CaseClosures {

  private final Referrals referrals;
  private final CaseJourney journey;
  private final AuditLog audit;
  private final Validation validation;
  private final ApplicationEventPublisher events;
  private final ReferralWords words;

  CaseClosures(
      Referrals referrals,
      CaseJourney journey,
      AuditLog audit,
      Validation validation,
      ApplicationEventPublisher events,
      ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.journey = journey;
    this.audit = audit;
    this.validation = validation;
    this.events = events;
  }

  @Transactional
  public void close(String reference, CaseClosure closure) {
    CaseRef ref = referrals.open(reference);
    validation.check(closure);
    boolean blank = closure.detail() == null || closure.detail().isBlank();
    if (closure.reason() == ClosureReason.OTHER && blank) {
      throw words.refused("detail", "referral.problem.sayWhyTheCaseIsClosing");
    }
    if (!journey.close(
        ref, closure.closedOn(), closure.reason(), blank ? null : closure.detail().strip())) {
      throw words.refused("reason", "referral.problem.theCaseIsClosedAlready");
    }
    audit.record(Action.UPDATE, "case closure", ref);
    events.publishEvent(
        new CaseClosed(ref.referralId(), ref.reference(), ref.areaId(), closure.reason()));
  }

  @Transactional
  public void reopen(String reference, String reason) {
    CaseRef ref = referrals.open(reference);
    if (reason == null || reason.isBlank()) {
      throw words.refused("reason", "referral.problem.giveTheReasonForReopening");
    }
    if (reason.strip().length() > 480) {
      throw words.refused("reason", "referral.problem.theReasonMustBe480");
    }
    if (!journey.reopen(ref, "Reopened: " + reason.strip())) {
      throw words.refused("reason", "referral.problem.theCaseIsNotClosed");
    }
    audit.record(Action.UPDATE, "case reopened", ref);
  }
}
