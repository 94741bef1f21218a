package org.tandem.planner.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.Suppression;
import org.tandem.planner.Plan;
import org.tandem.planner.PlannerForm;
import org.tandem.planner.PlannerInputs;
import org.tandem.web.FieldProblem;

/**
 * Works out a plan from the form, and, for areas linked to Tandem areas the user covers, the
 * forecast against what has happened so far this year.
 */
@Service
class PlannerWork {

  /** A worked plan, or the problems that stopped it. */
  record Worked(
      PlannerInputs inputs,
      Plan plan,
      ForecastAgainstActual forecast,
      List<FieldProblem> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final PlannerActuals actuals;
  private final CaseAccess access;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final PlannerMessages messages;

  PlannerWork(
      Areas areas,
      CurrentUsers currentUsers,
      PlannerActuals actuals,
      CaseAccess access,
      AuditLog audit,
      ServiceClock clock,
      PlannerMessages messages) {
    this.messages = messages;
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.actuals = actuals;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  List<Area> linkableAreas() {
    return areas.coveredBy(currentUsers.current());
  }

  // Not read-only: reading live figures writes an audit entry.
  @Transactional
  Worked work(PlannerForm form) {
    PlannerForm.Reading reading = form.read(LocaleContextHolder.getLocale());
    if (!reading.valid()) {
      return new Worked(null, null, null, reading.problems());
    }
    PlannerInputs inputs = reading.inputs();
    List<FieldProblem> problems = new ArrayList<>();
    List<Area> linked = linked(form, problems);
    if (!problems.isEmpty()) {
      return new Worked(null, null, null, problems);
    }
    Plan plan = inputs.plan();
    return new Worked(
        inputs, plan, linked.isEmpty() ? null : forecast(inputs, plan, linked), List.of());
  }

  /**
   * The planner's rule for linking a row to a Tandem area: only an area the user covers. Problems
   * are named {@code prefix + "areas[i].tandemArea"}.
   */
  List<FieldProblem> tandemAreaProblems(PlannerForm form, String prefix) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < form.getAreas().size(); i++) {
      String code = form.getAreas().get(i).getTandemArea();
      if (code != null && !code.isBlank() && covered(code).isEmpty()) {
        problems.add(
            new FieldProblem(
                prefix + "areas[" + i + "].tandemArea",
                messages.say("planner.problem.tandemArea")));
      }
    }
    return problems;
  }

  /**
   * Whether the user covers every Tandem area these inputs are set against: the rule for saving
   * them, and so for changing or deleting a scenario saved with them.
   */
  boolean coversEveryLink(PlannerInputs inputs) {
    return everyLinkIn(inputs, coveredCodes());
  }

  /** The codes of the areas the user covers, read once for a whole list of scenarios. */
  Set<String> coveredCodes() {
    Set<String> codes = new HashSet<>();
    areas.coveredBy(currentUsers.current()).forEach(a -> codes.add(a.code()));
    return codes;
  }

  static boolean everyLinkIn(PlannerInputs inputs, Set<String> covered) {
    return inputs.tandemAreas().stream()
        .filter(code -> code != null && !code.isBlank())
        .allMatch(code -> covered.contains(code.strip()));
  }

  private List<Area> linked(PlannerForm form, List<FieldProblem> problems) {
    problems.addAll(tandemAreaProblems(form, ""));
    Set<Area> found = new LinkedHashSet<>();
    for (PlannerForm.AreaRow row : form.getAreas()) {
      if (row.getTandemArea() != null && !row.getTandemArea().isBlank()) {
        covered(row.getTandemArea()).ifPresent(found::add);
      }
    }
    return List.copyOf(found);
  }

  private Optional<Area> covered(String code) {
    CurrentUser me = currentUsers.current();
    return areas.byCode(code.strip()).filter(a -> me.covers(a.id()));
  }

  private ForecastAgainstActual forecast(PlannerInputs inputs, Plan plan, List<Area> linked) {
    LocalDate today = clock.today();
    LocalDate from = today.withDayOfYear(1);
    long referrals = 0;
    for (int i = 0; i < inputs.areas().size(); i++) {
      if (!inputs.tandemAreas().get(i).isEmpty()) {
        referrals += plan.areas().get(i).expectedReferrals();
      }
    }
    long reached =
        referrals == plan.demand().referrals()
            ? plan.partners().reached()
            : Math.round(
                referrals
                    * inputs.assumptions().partnersPerReferral().doubleValue()
                    * inputs.assumptions().partnerContactRate().doubleValue());
    PlannerActuals.SoFar soFar =
        actuals.between(access.wallFiguresFor(linked.stream().map(Area::id).toList()), from, today);
    linked.forEach(
        a ->
            audit.record(
                AuditLog.Action.READ, "planner actuals for " + a.code() + " this year", null));
    return new ForecastAgainstActual(
        from,
        today,
        linked.stream().map(Area::name).toList(),
        List.of(
            row("referrals", referrals, from, today, soFar.referrals()),
            row("assessments", referrals, from, today, soFar.assessments()),
            row("partnersReached", reached, from, today, soFar.womenReached())));
  }

  /** A figure named, and its basis said, by its key under planner.forecast in the bundle. */
  private ForecastAgainstActual.Row row(
      String key, long year, LocalDate from, LocalDate today, int actual) {
    return new ForecastAgainstActual.Row(
        messages.say("planner.forecast." + key),
        year,
        ForecastAgainstActual.toDate(year, from, today),
        Suppression.count(actual),
        messages.say("planner.forecast." + key + ".basis"));
  }
}
