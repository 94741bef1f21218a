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

/** The repeat-victimisation figure of an area, with the cases behind it. */
@Service
class RepeatVictimisationFigures {

  /** The figure for an area up to a day, and every case in it. */
  record Figure(
      Area area, LocalDate upTo, RepeatVictimisation.Result result, List<CaseLine> cases) {

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

  // Not read-only: reading the figure writes its audit entry.
  @Transactional
  Figure forArea(Area area, LocalDate upTo) {
    LocalDate day = upTo == null ? clock.today() : upTo;
    List<CaseLine> lines = cases.inArea(area.id(), day);
    audit.record(AuditLog.Action.READ, "repeat victimisation figure for " + area.code(), null);
    return new Figure(
        area,
        day,
        RepeatVictimisation.calculate(lines.stream().map(CaseLine::outcome).toList()),
        lines);
  }
}
