package org.tandem.referral;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseNotFoundException;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.internal.ReferralWords;
import org.tandem.referral.internal.RepeatReferralStore;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * A referral logged with what intake decided about the earlier cases that may be the same man: a
 * repeat referral is linked to its earlier case, which must be one the user may open, so that the
 * link can never point into an area the user does not cover.
 */
@Service
public class RepeatReferrals {

  private final Referrals referrals;
  private final RepeatReferralStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final ReferralWords words;

  RepeatReferrals(
      Referrals referrals,
      RepeatReferralStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      ServiceClock clock,
      ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.clock = clock;
  }

  /** What was decided for a case, and the later referrals of the same man the user may open. */
  public record Decision(
      DuplicateCheck check,
      String repeatOf,
      boolean repeatOfOpenable,
      String checkedBy,
      OffsetDateTime checkedAt,
      List<String> repeatedBy,
      boolean toResolve) {}

  /**
   * Logs the referral and intake's decision in one transaction. With {@code check} null nobody
   * looked for the same man (the API without {@code repeatOf}); "my work" then asks intake to.
   *
   * @param repeatOf the earlier case's reference, given exactly when {@code check} is REPEAT
   */
  @Transactional
  public String create(NewReferral referral, DuplicateCheck check, String repeatOf) {
    List<FieldProblem> problems = new ArrayList<>();
    try {
      referrals.validate(referral);
    } catch (InvalidRequestException e) {
      problems.addAll(e.problems());
    }
    CaseRef earlier = null;
    if (check == DuplicateCheck.REPEAT) {
      earlier = earlier(repeatOf).orElse(null);
      if (earlier == null) {
        problems.add(words.problem("repeatOf", "referral.problem.giveTheReferenceOfAnEarlierCase"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String reference = referrals.create(referral);
    if (check != null) {
      CaseRef made = referrals.open(reference);
      store.record(
          made.referralId(),
          check,
          earlier == null ? null : earlier.referralId(),
          currentUsers.current().username(),
          clock.now());
      audit.record(Action.UPDATE, what(check, earlier), made);
    }
    return reference;
  }

  /**
   * What was decided for an opened case, and the later referrals of the same man in the user's
   * areas; empty when nobody looked and nothing repeats it.
   */
  @Transactional(readOnly = true)
  public Optional<Decision> decisionFor(CaseRef opened) {
    var user = currentUsers.current();
    List<String> later = store.repeatedBy(opened.referralId(), user.areaIds());
    Optional<RepeatReferralStore.Row> row = store.decision(opened.referralId());
    // Nobody looked for the same man (a referral from the API): intake may still, before triage.
    boolean toResolve =
        row.isEmpty()
            && (user.has(Role.INTAKE) || user.has(Role.SERVICE_MANAGER))
            && store.status(opened.referralId()) == CaseStatus.AWAITING_TRIAGE;
    if (row.isEmpty() && later.isEmpty() && !toResolve) {
      return Optional.empty();
    }
    return Optional.of(
        row.map(
                d ->
                    new Decision(
                        d.check(),
                        d.repeatOf(),
                        d.repeatOfAreaId() != null && user.covers(d.repeatOfAreaId()),
                        d.checkedBy(),
                        d.checkedAt(),
                        later,
                        false))
            .orElse(new Decision(null, null, false, null, null, later, toResolve)));
  }

  /**
   * Records intake's decision for a referral logged with none: linked to an earlier case of the
   * same man, or someone else. Refused when a decision is recorded already.
   */
  @Transactional
  public void decide(CaseRef opened, DuplicateCheck check, String repeatOf) {
    CaseRef earlier = null;
    if (check == DuplicateCheck.REPEAT) {
      earlier = earlier(repeatOf).filter(e -> e.referralId() != opened.referralId()).orElse(null);
      if (earlier == null) {
        throw words.refused("repeatOf", "referral.problem.giveTheReferenceOfAnEarlierCase");
      }
    }
    if (check == null
        || !store.record(
            opened.referralId(),
            check,
            earlier == null ? null : earlier.referralId(),
            currentUsers.current().username(),
            clock.now())) {
      throw words.refused(
          "repeatOf",
          check == null
              ? "referral.problem.selectWhetherHeIsOneOfTheseMen"
              : "referral.problem.sameManRecordedAlready");
    }
    audit.record(Action.UPDATE, what(check, earlier), opened);
  }

  /** The earlier case, if there is one by that reference that the user may open. */
  private Optional<CaseRef> earlier(String reference) {
    if (reference == null || reference.isBlank() || reference.length() > 20) {
      return Optional.empty();
    }
    try {
      return Optional.of(referrals.open(reference.strip()));
    } catch (CaseNotFoundException e) {
      return Optional.empty();
    }
  }

  private static String what(DuplicateCheck check, CaseRef earlier) {
    return switch (check) {
      case REPEAT -> "repeat referral of " + earlier.reference();
      case SOMEONE_ELSE -> "possible duplicates: someone else";
      case NONE_FOUND -> "possible duplicates: none found";
    };
  }
}
