package org.tandem.outcomes.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The repeat-victimisation figure as the API gives it, with the method and every case behind it.
 */
record RepeatVictimisationJson(
    String area,
    // The historical cohort the figure is of, or, when absent, the live cases up to a day.
    Long historicalCohort,
    LocalDate upTo,
    String method,
    int cases,
    int preAssessmentIncidents,
    int excludedIncidents,
    int remainingPreAssessmentIncidents,
    int incidentsDuringIntervention,
    // Null, shown as null, when no pre-assessment incidents remain to decrease from.
    @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal percentDecrease,
    List<Excluded> excluded,
    List<Included> included) {

  static final String METHOD =
      "Pre-assessment incidents are the incidents evidenced before assessment (police call-outs,"
          + " social-services chronology), counting Unclear as 3 and N+ as N. The incidents of cases"
          + " the service is no longer involved with are taken off, leaving the remaining"
          + " pre-assessment incidents. Incidents during intervention are the repeat incidents"
          + " evidenced in the remaining cases. % decrease = 1 - during / remaining. Violence the man"
          + " disclosed at assessment (inventory) is shown beside the figure and not used in it.";

  record Excluded(String caseCode, int incidents, String reason, String kind) {}

  record Included(
      String caseCode,
      String preAssessmentEvidence,
      int preAssessmentIncidents,
      String inventoryViolence,
      int duringIntervention,
      String source) {}

  static RepeatVictimisationJson of(RepeatVictimisationFigures.Figure f) {
    var r = f.result();
    var byCode = f.byCode();
    return new RepeatVictimisationJson(
        f.area().code(),
        f.cohort() == null ? null : f.cohort().id(),
        f.upTo(),
        METHOD,
        r.cases(),
        r.preAssessmentIncidents(),
        r.excludedIncidents(),
        r.remainingIncidents(),
        r.duringIntervention(),
        r.percentDecrease(),
        r.exclusions().stream()
            .map(
                e ->
                    new Excluded(
                        e.caseCode(),
                        e.incidents(),
                        e.reason(),
                        byCode.get(e.caseCode()).exclusionKind().name()))
            .toList(),
        r.included().stream()
            .map(
                c ->
                    new Included(
                        c.caseCode(),
                        c.before().asWritten(),
                        c.before().counted(),
                        c.inventoryViolence(),
                        c.repeatEvidenced(),
                        byCode.get(c.caseCode()).source().name()))
            .toList());
  }
}
