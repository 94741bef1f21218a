package org.tandem.assessment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.assessment.internal.AssessmentStore;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.AttendanceSummary;
import org.tandem.programme.ProgrammeRecords;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.CaseJourney;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.Referrals;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashIndicators;
import org.tandem.risk.DashScore;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;
import org.tandem.risk.RiskPicture;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * His assessment: sessions, history, the DASH indicators as they inform it, dynamic factors, the
 * treatment-viability decision, the risk identification report to the referrer and the update
 * reports at his programme's review points.
 */
@Service
public class Assessments {

  private final Referrals referrals;
  private final AssessmentStore store;
  private final RiskManagement risk;
  private final ProgrammeRecords programme;
  private final DashIndicators indicators;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final ServiceClock clock;
  private final CaseJourney journey;
  private final AssessmentWords words;

  Assessments(
      Referrals referrals,
      AssessmentStore store,
      RiskManagement risk,
      ProgrammeRecords programme,
      DashIndicators indicators,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      ServiceClock clock,
      CaseJourney journey,
      AssessmentWords words) {
    this.words = words;
    this.journey = journey;
    this.referrals = referrals;
    this.store = store;
    this.risk = risk;
    this.programme = programme;
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
    journey.move(ref, CaseStatus.IN_ASSESSMENT, session.heldOn(), "First assessment session");
    audit.record(Action.CREATE, "assessment session", ref);
  }

  @Transactional
  public void recordHistory(String reference, AssessmentHistory history) {
    CaseRef ref = referrals.open(reference);
    validation.check(history);
    long id = store.idOrStart(ref.referralId(), username(), now());
    if (!store.recordHistory(id, history)) {
      throw new EditConflictException(words.say("assessment.problem.conflict"));
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
        problems.add(words.problem("answers[" + n + "]", "assessment.problem.dash.unanswered", n));
      }
    }
    given.keySet().stream()
        .filter(n -> n == null || n < 1 || n > DashScore.INDICATORS)
        .findFirst()
        .ifPresent(n -> problems.add(words.problem("answers", "assessment.problem.dash.only24")));
    if (judgement != null && judgement.length() > 4000) {
      problems.add(words.problem("judgement", "assessment.problem.dash.judgementLength"));
    }
    if (version == null) {
      problems.add(
          words.problem("version", "assessment.problem.theAssessmentVersionIsMissingReload"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long id = store.idOrStart(ref.referralId(), username(), now());
    if (!store.recordDash(id, given, judgement, version)) {
      throw new EditConflictException(words.say("assessment.problem.conflict"));
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
      throw new EditConflictException(words.say("assessment.problem.conflict"));
    }
    journey.move(
        ref,
        decision.viability().leadsTo(),
        clock.today(),
        "Treatment-viability decision: " + decision.viability().label());
    audit.record(Action.UPDATE, "treatment-viability decision", ref);
  }

  /** Produces a risk identification report from the assessment; returns its id. */
  @Transactional
  public long produceReport(String reference, NewRiskReport report) {
    CaseRef ref = referrals.open(reference);
    validation.check(report);
    if (store.idFor(ref.referralId()).isEmpty()) {
      throw new InvalidRequestException(
          List.of(words.problem("assessment", "assessment.problem.report.noAssessment")));
    }
    long id =
        store.insertReport(
            ref.referralId(), ReportKind.RISK_IDENTIFICATION, null, report, username(), now());
    audit.record(Action.CREATE, "risk identification report", ref);
    return id;
  }

  /**
   * Produces an update report at a review point of his programme, on his current place; returns its
   * id. Refused, naming the field "enrolment", if he has never had a place.
   */
  @Transactional
  public long produceUpdateReport(String reference, NewUpdateReport report) {
    CaseRef ref = referrals.open(reference);
    List<FieldProblem> problems = new ArrayList<>(validation.problems(report));
    Optional<ReviewPoint> point = ReviewPoint.named(report.point());
    if (report.point() != null
        && !report.point().isBlank()
        && point.isEmpty()
        && problems.stream().noneMatch(p -> p.field().equals("point"))) {
      problems.add(words.problem("point", "assessment.problem.report.point"));
    }
    Optional<AttendanceSummary> place = programme.latest(reference);
    if (place.isEmpty()) {
      problems.add(words.problem("enrolment", "assessment.problem.report.noPlace"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    ReportKind kind = point.orElseThrow().kind();
    long id =
        store.insertReport(
            ref.referralId(), kind, place.get().enrolmentId(), report, username(), now());
    audit.record(Action.CREATE, "programme update report", ref);
    return id;
  }

  /** A report of either kind as the referrer receives it, built from open data only. */
  @Transactional
  public RiskReportView report(String reference, long reportId) {
    CaseRef ref = referrals.open(reference);
    RiskReportSummary row =
        store
            .report(ref.referralId(), reportId)
            .orElseThrow(() -> new NotFoundException(words.say("assessment.problem.noReport")));
    // The request's one read of the case is named by the report, not the case facts it draws on.
    audit.record(
        Action.READ,
        row.kind().update() ? "programme update report" : "risk identification report",
        ref);
    Optional<AssessmentRecord> assessment =
        store.idFor(ref.referralId()).map(id -> store.record(id, ref.reference()));
    CaseDetail c = referrals.detailForReport(reference);
    ProgrammeUpdate update = row.kind().update() ? update(ref, reference, row, assessment) : null;
    AssessmentRecord shown = row.kind().update() ? null : assessment.orElseThrow();
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
        shown,
        shown == null
            ? List.of()
            : indicators.all().stream()
                .filter(i -> shown.dashScore().yesIndicators().contains(i.number()))
                .toList(),
        row.contact(),
        row.supervision(),
        row.programme(),
        row.minutesSpent(),
        row.producedAt(),
        row.producedBy(),
        row.kind(),
        update);
  }

  /**
   * The updated risk view and his programme record. Risk events are those recorded after the case's
   * previous report (or ever, if there was none) up to this one, counted by kind; her reports to
   * partner support are never counted, nor shown in any way.
   */
  private ProgrammeUpdate update(
      CaseRef ref, String reference, RiskReportSummary row, Optional<AssessmentRecord> assessment) {
    long enrolmentId =
        store
            .reportEnrolment(row.id())
            .orElseThrow(() -> new IllegalStateException("An update report without its place"));
    AttendanceSummary place = programme.forEnrolment(reference, enrolmentId);
    RiskPicture picture = risk.picture(reference);
    OffsetDateTime since = store.previousReportAt(ref.referralId(), row).orElse(null);
    EnumMap<RiskEventKind, Long> counts = new EnumMap<>(RiskEventKind.class);
    picture.timeline().stream()
        .filter(e -> e.kind() != RiskEventKind.PARTNER_REPORT)
        .filter(e -> since == null || e.recordedAt().isAfter(since))
        .filter(e -> !e.recordedAt().isAfter(row.producedAt()))
        .forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
    DashScore dash =
        assessment.map(AssessmentRecord::dashScore).filter(d -> d.answered() > 0).orElse(null);
    return new ProgrammeUpdate(
        row.kind().point(),
        picture.levelChangedAt(),
        dash,
        since,
        counts.entrySet().stream()
            .map(e -> new ProgrammeUpdate.EventCount(e.getKey(), e.getValue()))
            .toList(),
        place);
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
    return clock.now();
  }
}
