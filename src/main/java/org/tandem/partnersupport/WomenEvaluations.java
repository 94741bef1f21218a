package org.tandem.partnersupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallFiguresPass;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.evaluation.MeasureResult;
import org.tandem.partnersupport.internal.EvaluationStore;
import org.tandem.partnersupport.internal.PartnerRecordStore;
import org.tandem.referral.Referrals;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.Validation;

/**
 * Her follow-up evaluations at 3, 6 and 18 months, behind the wall like the rest of her record:
 * only partner-support workers and service managers covering the case's area read or record them,
 * and every read and write is audited without its content. Reports get counts only.
 */
@Service
public class WomenEvaluations {

  private final Referrals referrals;
  private final CaseAccess access;
  private final PartnerRecordStore partners;
  private final EvaluationStore store;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final Validation validation;
  private final MessageSource messages;
  private final ServiceClock clock;

  WomenEvaluations(
      Referrals referrals,
      CaseAccess access,
      PartnerRecordStore partners,
      EvaluationStore store,
      CurrentUsers currentUsers,
      AuditLog audit,
      Validation validation,
      MessageSource messages,
      ServiceClock clock) {
    this.referrals = referrals;
    this.access = access;
    this.partners = partners;
    this.store = store;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.validation = validation;
    this.messages = messages;
    this.clock = clock;
  }

  /** A pass through the wall for her case, with her on it; refused as her record is. */
  private HerOnTheCase open(String reference, long partnerId) {
    CaseRef ref = referrals.open(reference);
    return open(
        access
            .behindTheWall(ref)
            .orElseThrow(() -> new AccessDeniedException("Her record is behind the wall")),
        partnerId);
  }

  private HerOnTheCase open(WallPass pass, long partnerId) {
    return HerOnTheCase.open(
        partners,
        pass,
        partnerId,
        reference ->
            messages.getMessage(
                "partnersupport.problem.noSuchPartner",
                new Object[] {reference},
                Languages.current()));
  }

  /** Her schedule and the evaluations recorded with her. */
  @Transactional
  public HerEvaluations evaluations(String reference, long partnerId) {
    return evaluations(open(reference, partnerId));
  }

  /** Her evaluations, read through a pass the request already holds. */
  @Transactional(readOnly = true)
  public HerEvaluations evaluations(WallPass pass, long partnerId) {
    return evaluations(open(pass, partnerId));
  }

  private HerEvaluations evaluations(HerOnTheCase o) {
    HerEvaluations evaluations = read(o.pass(), o.her().id());
    audit.record(Action.READ, "partner evaluations", o.ref());
    return evaluations;
  }

  private HerEvaluations read(WallPass pass, long partnerId) {
    LocalDate reachedOn = store.reachedOn(pass, partnerId).orElse(null);
    List<HerEvaluation> recorded = store.evaluations(pass, partnerId);
    if (reachedOn == null) {
      return new HerEvaluations(null, List.of(), recorded);
    }
    Map<EvaluationPoint, EvaluationStore.Task> tasks =
        store.tasks(pass, partnerId).stream()
            .collect(Collectors.toMap(EvaluationStore.Task::point, Function.identity()));
    Map<EvaluationPoint, LocalDate> completed =
        recorded.stream()
            .collect(
                Collectors.toMap(HerEvaluation::point, HerEvaluation::completedOn, (a, b) -> a));
    ZonedDateTime now = clock.local();
    List<HerEvaluations.Due> schedule = new ArrayList<>();
    for (EvaluationPoint point : EvaluationPoint.values()) {
      EvaluationStore.Task task = tasks.get(point);
      boolean done = task != null && task.done();
      LocalDate completedOn = completed.get(point);
      schedule.add(
          new HerEvaluations.Due(
              point,
              point.dueOn(reachedOn),
              completedOn,
              done,
              completedOn == null && !done && task != null && task.dueAt().isBefore(now)));
    }
    return new HerEvaluations(reachedOn, schedule, recorded);
  }

  /**
   * Records one follow-up evaluation completed with her, and completes that point's task. Her row
   * is locked first, so two saves for the same point are checked one after the other.
   */
  @Transactional
  public void record(String reference, long partnerId, NewHerEvaluation evaluation) {
    HerOnTheCase o = open(reference, partnerId);
    partners.lock(o.pass(), partnerId);
    List<FieldProblem> problems = new ArrayList<>(validation.problems(evaluation));
    Set<EvaluationPoint> recorded = EnumSet.noneOf(EvaluationPoint.class);
    store.evaluations(o.pass(), partnerId).forEach(e -> recorded.add(e.point()));
    problems.addAll(
        EvaluationRules.problems(
            evaluation,
            store.reachedOn(o.pass(), partnerId).orElse(null),
            recorded,
            new EvaluationRules.Words() {
              @Override
              public String say(String key, Object... args) {
                return messages.getMessage(key, args, Languages.current());
              }

              @Override
              public Locale locale() {
                return Languages.current();
              }
            }));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String me = currentUsers.current().username();
    OffsetDateTime now = clock.now();
    store.insert(o.pass(), partnerId, evaluation, me, now);
    partners.completeTasks(o.pass(), partnerId, evaluation.point().taskKind(), now, me, now);
    audit.record(Action.CREATE, "partner evaluation", o.ref());
  }

  // --- for reports: counts only ---

  /**
   * Her own ratings (violence, abusive behaviour, feeling safe, her children's safety, quality of
   * life) over evaluations completed in the period (both dates included) for cases in the area: one
   * result per measure and point, measure by measure. Improved means a rating of 4 or 5.
   */
  @Transactional(readOnly = true)
  public List<MeasureResult> selfReportResults(
      WallFiguresPass pass, long areaId, LocalDate from, LocalDate to) {
    return results(
        List.of(SelfReportMeasure.values()), store.selfReportCounts(pass, areaId, from, to));
  }

  /** The six Mirabal measures, as {@link #selfReportResults}; "not asked" is not answered. */
  @Transactional(readOnly = true)
  public List<MeasureResult> mirabalResults(
      WallFiguresPass pass, long areaId, LocalDate from, LocalDate to) {
    return results(List.of(MirabalMeasure.values()), store.mirabalCounts(pass, areaId, from, to));
  }

  private List<MeasureResult> results(
      List<? extends Enum<?>> measures, List<EvaluationStore.Counted> counts) {
    Map<String, EvaluationStore.Counted> byKey =
        counts.stream().collect(Collectors.toMap(c -> c.measure() + "/" + c.point(), c -> c));
    List<MeasureResult> results = new ArrayList<>();
    for (Enum<?> measure : measures) {
      String label =
          messages.getMessage(
              "evaluation.measure." + measure.name(),
              null,
              measure.name(),
              LocaleContextHolder.getLocale());
      for (EvaluationPoint point : EvaluationPoint.values()) {
        EvaluationStore.Counted c = byKey.get(measure.name() + "/" + point);
        results.add(
            new MeasureResult(
                measure.name(),
                label,
                point.label(),
                c == null ? 0 : c.answered(),
                c == null ? 0 : c.improved()));
      }
    }
    return results;
  }
}
