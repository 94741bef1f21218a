package org.tandem.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.AuditLog.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.assessment.internal.AssessmentStore;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.Referrals;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashIndicators;
import org.tandem.risk.DashScore;
import org.tandem.risk.RiskManagement;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * His assessment: sessions, history, the DASH indicators as they inform it, dynamic factors, the
 * treatment-viability decision and the risk identification report to the referrer.
 */
@Service
public class Assessments {

  private final Referrals referrals;
  private final AssessmentStore store;
  private final RiskManagement risk;
  private final DashIndicators indicators;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final Clock clock;

  Assessments(
      Referrals referrals,
      AssessmentStore store,
      RiskManagement risk,
      DashIndicators indicators,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      Clock clock) {
    this.referrals = referrals;
    this.store = store;
    this.risk = risk;
    this.indicators = indicators;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.clock = clock;
  }

  /** The case's assessment, if one has begun. */
  @Transactional
  public Optional<AssessmentRecord> find(String reference) {
    CaseRef ref = referrals.open(reference);
    audit.record(Action.READ, "assessment", ref);
    return store.idFor(ref.referralId()).map(id -> store.record(id, ref.reference()));
  }

  /** Records one sitting of the assessment, beginning the assessment if it is the first. */
  @Transactional
  public void addSession(String reference, NewAssessmentSession session) {
    CaseRef ref = referrals.open(reference);
    validation.check(session);
    long id = store.idOrStart(ref.referralId(), username(), now());
    store.addSession(id, session, username(), now());
    audit.record(Action.CREATE, "assessment session", ref);
  }

  @Transactional
  public void recordHistory(String reference, AssessmentHistory history) {
    CaseRef ref = referrals.open(reference);
    validation.check(history);
    long id = store.idOrStart(ref.referralId(), username(), now());
    if (!store.recordHistory(id, history)) {
      throw new EditConflictException("This assessment");
    }
    audit.record(Action.UPDATE, "assessment history", ref);
  }

  /**
   * Records the DASH indicators, all 24, and scores them. Visible high risk raises the case to high
   * risk and creates the MARAC referral task, in the same transaction.
   */
  @Transactional
  public DashScore recordDash(
      String reference, Map<Integer, DashAnswer> answers, String judgement, Integer version) {
    CaseRef ref = referrals.open(reference);
    List<FieldProblem> problems = new ArrayList<>();
    Map<Integer, DashAnswer> given = answers == null ? Map.of() : answers;
    for (int n = 1; n <= DashScore.INDICATORS; n++) {
      if (given.get(n) == null) {
        problems.add(
            new FieldProblem(
                "answers[" + n + "]", "Answer indicator " + n + ": yes, no or not known"));
      }
    }
    given.keySet().stream()
        .filter(n -> n == null || n < 1 || n > DashScore.INDICATORS)
        .findFirst()
        .ifPresent(n -> problems.add(new FieldProblem("answers", "There are only 24 indicators")));
    if (version == null) {
      problems.add(
          new FieldProblem(
              "version", "The assessment version is missing: reload the page and try again"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long id = store.idOrStart(ref.referralId(), username(), now());
    if (!store.recordDash(id, given, judgement, version)) {
      throw new EditConflictException("This assessment");
    }
    audit.record(Action.UPDATE, "assessment DASH indicators", ref);
    DashScore score = DashScore.of(given);
    risk.dashScored(ref, score);
    return score;
  }

  @Transactional
  public void decide(String reference, ViabilityDecision decision) {
    CaseRef ref = referrals.open(reference);
    validation.check(decision);
    long id = store.idOrStart(ref.referralId(), username(), now());
    if (!store.decide(id, decision, username(), now())) {
      throw new EditConflictException("This assessment");
    }
    audit.record(Action.UPDATE, "treatment-viability decision", ref);
  }

  /** Produces a risk identification report from the assessment; returns its id. */
  @Transactional
  public long produceReport(String reference, NewRiskReport report) {
    CaseRef ref = referrals.open(reference);
    validation.check(report);
    if (store.idFor(ref.referralId()).isEmpty()) {
      throw new InvalidRequestException(
          List.of(
              new FieldProblem("assessment", "Record the assessment before producing its report")));
    }
    long id = store.insertReport(ref.referralId(), report, username(), now());
    audit.record(Action.CREATE, "risk identification report", ref);
    return id;
  }

  /** A report as the referrer receives it, built from open data only. */
  @Transactional
  public RiskReportView report(String reference, long reportId) {
    CaseRef ref = referrals.open(reference);
    RiskReportSummary row =
        store
            .report(ref.referralId(), reportId)
            .orElseThrow(() -> new NotFoundException("No such report"));
    long assessmentId = store.idFor(ref.referralId()).orElseThrow();
    AssessmentRecord assessment = store.record(assessmentId, ref.reference());
    CaseDetail c = referrals.detailForReport(reference);
    audit.record(Action.READ, "risk identification report", ref);
    return new RiskReportView(
        row.id(),
        c.reference(),
        c.areaName(),
        c.referrerName(),
        c.referrerOrganisation(),
        c.referredOn(),
        c.manGivenName() + " " + c.manFamilyName(),
        c.manDateOfBirth(),
        c.children().size(),
        c.riskLevel(),
        c.riskLevelReason(),
        assessment,
        indicators.all().stream()
            .filter(i -> assessment.dashScore().yesIndicators().contains(i.number()))
            .toList(),
        row.contact(),
        row.supervision(),
        row.programme(),
        row.minutesSpent(),
        row.producedAt(),
        row.producedBy());
  }

  /** The reports produced for a case, newest first. */
  @Transactional(readOnly = true)
  public List<RiskReportSummary> reports(String reference) {
    CaseRef ref = referrals.open(reference);
    return store.reports(ref.referralId());
  }

  private String username() {
    return currentUsers.current().username();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
