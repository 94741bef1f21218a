package org.tandem.referral;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
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

  CaseClosures(
      Referrals referrals,
      CaseJourney journey,
      AuditLog audit,
      Validation validation,
      ApplicationEventPublisher events) {
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
      throw refused("detail", "Say why the case is closing");
    }
    if (!journey.close(
        ref, closure.closedOn(), closure.reason(), blank ? null : closure.detail().strip())) {
      throw refused("reason", "The case is closed already");
    }
    audit.record(Action.UPDATE, "case closure", ref);
    events.publishEvent(
        new CaseClosed(ref.referralId(), ref.reference(), ref.areaId(), closure.reason()));
  }

  @Transactional
  public void reopen(String reference, String reason) {
    CaseRef ref = referrals.open(reference);
    if (reason == null || reason.isBlank()) {
      throw refused("reason", "Give the reason for reopening the case");
    }
    if (reason.strip().length() > 480) {
      throw refused("reason", "The reason must be 480 characters or fewer");
    }
    if (!journey.reopen(ref, "Reopened: " + reason.strip())) {
      throw refused("reason", "The case is not closed");
    }
    audit.record(Action.UPDATE, "case reopened", ref);
  }

  private static InvalidRequestException refused(String field, String message) {
    return new InvalidRequestException(List.of(new FieldProblem(field, message)));
  }
}
