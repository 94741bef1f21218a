package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.access.WallFiguresPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.children.LadderOutcomes;
import org.tandem.evaluation.ReferrerEvaluations;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.partnersupport.WomenEvaluations;

/** Puts together the quarterly report of an area from live records, imports and evaluations. */
@Service
class AreaReports {

  private final LiveFigures live;
  private final ClockFigures clocks;
  private final RepeatVictimisationFigures repeat;
  private final WomenEvaluations women;
  private final ReferrerEvaluations referrers;
  private final LadderOutcomes children;
  private final CaseAccess access;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final MessageSource messages;

  AreaReports(
      LiveFigures live,
      ClockFigures clocks,
      RepeatVictimisationFigures repeat,
      WomenEvaluations women,
      ReferrerEvaluations referrers,
      LadderOutcomes children,
      CaseAccess access,
      AuditLog audit,
      ServiceClock clock,
      MessageSource messages) {
    this.live = live;
    this.clocks = clocks;
    this.repeat = repeat;
    this.women = women;
    this.referrers = referrers;
    this.children = children;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.messages = messages;
  }

  /** The report in the language of the request being served. */
  @Transactional
  AreaReport build(Area area, ReportPeriod period) {
    return build(area, period, LocaleContextHolder.getLocale());
  }

  /**
   * The report with its words in {@code language}: they are fixed here, so the page, PDF and
   * spreadsheet made from it read in the one language.
   */
  // Not read-only: the report writes its audit entry.
  @Transactional
  AreaReport build(Area area, ReportPeriod period, Locale language) {
    LocalDate today = clock.today();
    LocalDate upTo = period.to().isBefore(today) ? period.to() : today;
    AreaReportSections s = new AreaReportSections(new ReportWords(messages, language));
    // Partner support and her evaluations are counted from behind the wall: numbers only.
    WallFiguresPass figures = access.wallFiguresFor(List.of(area.id()));
    List<AreaReport.Section> sections =
        List.of(
            s.funnel(live.funnel(area.id(), period, upTo), upTo),
            s.partnerSupport(live.partnerSupport(figures, area.id(), period)),
            s.repeatVictimisation(repeat.forArea(area, upTo)),
            s.evaluations(
                women.selfReportResults(figures, area.id(), period.from(), period.to()),
                women.mirabalResults(figures, area.id(), period.from(), period.to()),
                referrers.results(area.id(), period.from(), period.to()),
                children.ladderResults(area.id(), period.from(), period.to())),
            s.demographics(live.demographics(area.id(), period, language)),
            s.waitingTimes(live.waitingTimes(area.id(), period, upTo)),
            s.clocks(clocks.forArea(figures, area.id(), period, upTo), upTo));
    audit.record(
        AuditLog.Action.READ, "quarterly area report " + area.code() + " " + period.code(), null);
    return new AreaReport(area, period, today, sections);
  }
}
