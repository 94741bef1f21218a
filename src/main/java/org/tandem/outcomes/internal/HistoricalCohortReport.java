package org.tandem.outcomes.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.tandem.access.Area;

/**
 * A historical cohort as managers and commissioners read it: what the table is, and its own
 * repeat-victimisation figures as the published table gives them, set out as the quarterly report
 * sets out the live ones (incidents in full, counts of cases suppressed), but never inside it.
 */
@Service
class HistoricalCohortReport {

  /** A cohort and its figures; the figure keeps the cases for managers' case-level view. */
  record Report(
      HistoricalCohorts.Cohort cohort,
      AreaReport.Section figures,
      RepeatVictimisationFigures.Figure figure) {}

  private final HistoricalCohorts cohorts;
  private final RepeatVictimisationFigures figures;

  HistoricalCohortReport(HistoricalCohorts cohorts, RepeatVictimisationFigures figures) {
    this.cohorts = cohorts;
    this.figures = figures;
  }

  Report of(Area area, long id) {
    HistoricalCohorts.Cohort cohort = cohorts.require(area, id);
    RepeatVictimisationFigures.Figure figure = figures.forCohort(cohort);
    AreaReport.Section live = new AreaReportSections().repeatVictimisation(figure);
    AreaReport.Section section =
        new AreaReport.Section(
            "historical-figures",
            "Repeat victimisation in this historical cohort",
            List.of(
                "Every case of the imported table, as published. These are historical figures,"
                    + " not live ones: they are not counted in any quarterly report.",
                RepeatVictimisationJson.METHOD),
            live.tables());
    return new Report(cohort, section, figure);
  }
}
