package org.tandem.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.evaluation.internal.ReferrerEvaluationStore;
import org.tandem.referral.Referrals;
import org.tandem.web.Validation;

/**
 * The evaluation a referrer (usually the social worker) returns about the work with a case:
 * recorded and read by intake and service managers only, on cases in their areas. Every read and
 * write is audited, naming what was touched and never its content.
 */
@Service
public class ReferrerEvaluations {

  private final Referrals referrals;
  private final ReferrerEvaluationStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final MessageSource messages;
  private final ServiceClock clock;

  ReferrerEvaluations(
      Referrals referrals,
      ReferrerEvaluationStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      MessageSource messages,
      ServiceClock clock) {
    this.referrals = referrals;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.messages = messages;
    this.clock = clock;
  }

  /** Records one returned evaluation on the case; returns its id. */
  @Transactional
  public long record(String reference, NewReferrerEvaluation evaluation) {
    CaseRef ref = open(reference);
    validation.check(evaluation);
    long id =
        store.insert(ref.referralId(), evaluation, currentUsers.current().username(), clock.now());
    audit.record(Action.CREATE, "referrer evaluation", ref);
    return id;
  }

  /**
   * Records the evaluation the referrer returned online for a referral they made: the referrer
   * feature has checked it is theirs (they may open no case), and it is received today.
   */
  @Transactional
  public long returnOnline(CaseRef referral, NewReferrerEvaluation evaluation) {
    validation.check(evaluation);
    long id =
        store.insert(
            referral.referralId(), evaluation, currentUsers.current().username(), clock.now());
    audit.record(Action.CREATE, "referrer evaluation returned online", referral);
    return id;
  }

  /** Of these cases, those with an evaluation returned; counts nothing else. */
  @Transactional(readOnly = true)
  public java.util.Set<Long> evaluated(java.util.Collection<Long> referralIds) {
    return store.evaluated(referralIds);
  }

  /** The case's evaluations, most recently received first. */
  @Transactional
  public List<ReferrerEvaluation> forCase(String reference) {
    CaseRef ref = open(reference);
    List<ReferrerEvaluation> evaluations = store.forCase(ref.referralId());
    audit.record(Action.READ, "referrer evaluations", ref);
    return evaluations;
  }

  /**
   * For a report: each measure over the evaluations received in the period (both dates included)
   * for cases in the area, in the order the form asks them. Counts only.
   */
  @Transactional(readOnly = true)
  public List<MeasureResult> results(long areaId, LocalDate from, LocalDate to) {
    Map<ReferrerMeasure, ReferrerEvaluationStore.Counted> counts = store.counts(areaId, from, to);
    List<MeasureResult> results = new ArrayList<>();
    for (ReferrerMeasure m : ReferrerMeasure.values()) {
      ReferrerEvaluationStore.Counted c = counts.get(m);
      results.add(
          new MeasureResult(
              m.name(),
              messages.getMessage("evaluation.referrer." + m.name(), null, m.name(), Locale.UK),
              ReferrerMeasure.POINT,
              c == null ? 0 : c.answered(),
              c == null ? 0 : c.improved()));
    }
    return results;
  }

  /** The case, if the user is intake or a manager covering its area; 404 outside their areas. */
  private CaseRef open(String reference) {
    CurrentUser me = currentUsers.current();
    if (!me.has(Role.INTAKE) && !me.has(Role.SERVICE_MANAGER)) {
      throw new AccessDeniedException("Referrers' evaluations are for intake and managers");
    }
    return referrals.open(reference);
  }
}
