package org.tandem.outcomes.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
  private final MessageSource messages;

  HistoricalCohortReport(
      HistoricalCohorts cohorts, RepeatVictimisationFigures figures, MessageSource messages) {
    this.cohorts = cohorts;
    this.figures = figures;
    this.messages = messages;
  }

  /** The cohort's report in the language of the request being served. */
  Report of(Area area, long id) {
    return of(area, id, LocaleContextHolder.getLocale());
  }

  /** The cohort's report with its words in {@code language}. */
  Report of(Area area, long id, Locale language) {
    HistoricalCohorts.Cohort cohort = cohorts.require(area, id);
    RepeatVictimisationFigures.Figure figure = figures.forCohort(cohort);
    ReportWords words = new ReportWords(messages, language);
    AreaReport.Section live = new AreaReportSections(words).repeatVictimisation(figure);
    AreaReport.Section section =
        new AreaReport.Section(
            "historical-figures",
            words.text("outcomes.report.historical.title"),
            List.of(
                words.text("outcomes.report.historical.note"),
                words.text("outcomes.report.repeat.method")),
            live.tables());
    return new Report(cohort, section, figure);
  }
}
