package org.tandem.clocks;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.clocks.internal.ClockStore;
import org.tandem.referral.Referrals;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/**
 * Attempts to reach him, recorded by the worker who made them: the first stops his first contact
 * clock.
 */
@Service
public class AttemptsWithHim {

  private final ClockStore store;
  private final Referrals referrals;
  private final CurrentUsers users;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final ClockWords words;

  AttemptsWithHim(
      ClockStore store,
      Referrals referrals,
      CurrentUsers users,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      ClockWords words) {
    this.words = words;
    this.store = store;
    this.referrals = referrals;
    this.users = users;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** Records an attempt; refused, naming the field, when incomplete or not in the past. */
  @Transactional
  public long record(String reference, NewAttemptWithHim attempt) {
    CaseRef ref = referrals.open(reference);
    validation.check(attempt);
    var at = attempt.attemptedOn().atTime(attempt.attemptedAt()).atZone(ServiceClock.ZONE);
    if (at.toInstant().isAfter(clock.instant())) {
      throw refused("attemptedAt", "clocks.problem.timeFuture");
    }
    LocalDate referredOn = store.his(ref.referralId()).referredOn();
    if (attempt.attemptedOn().isBefore(referredOn)) {
      throw refused("attemptedOn", "clocks.problem.beforeReferral");
    }
    long id =
        store.addAttempt(
            ref.referralId(),
            at.toOffsetDateTime(),
            attempt.method(),
            attempt.reached(),
            users.current().username(),
            clock.now());
    audit.record(Action.CREATE, "contact attempt with him", ref);
    return id;
  }

  /** His attempts, latest first. */
  @Transactional
  public List<AttemptWithHim> list(String reference) {
    CaseRef ref = referrals.open(reference);
    audit.record(Action.READ, "contact attempts with him", ref);
    return store.attempts(ref.referralId());
  }

  private InvalidRequestException refused(String field, String key) {
    return new InvalidRequestException(List.of(words.problem(field, key)));
  }
}
