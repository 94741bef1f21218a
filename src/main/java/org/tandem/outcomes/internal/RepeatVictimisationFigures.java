package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AuditLog;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.RepeatVictimisation;

/**
 * The repeat-victimisation figure with the cases behind it, for one cohort: the live cases of an
 * area, or one imported historical table.
 */
@Service
class RepeatVictimisationFigures {

  /**
   * The figure for a cohort, and every case in it.
   *
   * @param upTo the day live cases are counted up to; null for a historical cohort
   * @param cohort the historical cohort; null for the live cases
   */
  record Figure(
      Area area,
      LocalDate upTo,
      HistoricalCohorts.Cohort cohort,
      RepeatVictimisation.Result result,
      List<CaseLine> cases) {

    public Map<String, CaseLine> byCode() {
      return cases.stream()
          .collect(Collectors.toMap(c -> c.outcome().caseCode(), Function.identity(), (a, b) -> a));
    }

    /** Excluded cases by kind, for readers who see kinds rather than typed reasons. */
    public Map<CaseLine.ExclusionKind, Long> exclusionsByKind() {
      return cases.stream()
          .filter(c -> c.exclusionKind() != null)
          .collect(
              Collectors.groupingBy(
                  CaseLine::exclusionKind,
                  () -> new java.util.EnumMap<>(CaseLine.ExclusionKind.class),
                  Collectors.counting()));
    }
  }

  private final OutcomeCases cases;
  private final AuditLog audit;
  private final ServiceClock clock;

  RepeatVictimisationFigures(OutcomeCases cases, AuditLog audit, ServiceClock clock) {
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  /** The live cases of the area assessed by the day (today if null); never an imported case. */
  // Not read-only: reading the figure writes its audit entry.
  @Transactional
  Figure forArea(Area area, LocalDate upTo) {
    LocalDate day = upTo == null ? clock.today() : upTo;
    List<CaseLine> lines = cases.live(area.id(), day);
    audit.record(AuditLog.Action.READ, "repeat victimisation figure for " + area.code(), null);
    return new Figure(area, day, null, calculate(lines), lines);
  }

  /** The cases of one imported table, as the published table gives them. */
  @Transactional
  Figure forCohort(HistoricalCohorts.Cohort cohort) {
    Area area = cohort.area();
    List<CaseLine> lines = cases.historical(area.id(), cohort.id());
    audit.record(
        AuditLog.Action.READ,
        "repeat victimisation figure for historical cohort " + cohort.id() + " in " + area.code(),
        null);
    return new Figure(area, null, cohort, calculate(lines), lines);
  }

  private static RepeatVictimisation.Result calculate(List<CaseLine> lines) {
    return RepeatVictimisation.calculate(lines.stream().map(CaseLine::outcome).toList());
  }
}
