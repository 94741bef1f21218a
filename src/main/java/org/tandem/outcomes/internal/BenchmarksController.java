package org.tandem.outcomes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Area;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.Downloads;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;

/**
 * The benchmarks across services as a page and a spreadsheet, for managers and commissioners: their
 * own areas' rates beside the median and range of every area with enough cases.
 */
@Controller
class BenchmarksController {

  private final ChosenPeriod periods;
  private final BenchmarkFigures figures;
  private final MessageSource messages;
  private final ServiceClock clock;

  BenchmarksController(
      ChosenPeriod periods, BenchmarkFigures figures, MessageSource messages, ServiceClock clock) {
    this.periods = periods;
    this.figures = figures;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/outcomes/benchmarks")
  @PreAuthorize(Roles.REPORT_READERS)
  String page(
      @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    try {
      Benchmarks b = benchmarks(quarter, from, to);
      model.addAttribute("benchmarks", b);
      if (b.period().isQuarter()) {
        model.addAttribute("previous", b.period().previousQuarter());
        boolean hasNext = !b.period().nextQuarter().from().isAfter(clock.today());
        model.addAttribute("next", hasNext ? b.period().nextQuarter() : null);
      }
    } catch (InvalidRequestException e) {
      // An address typed or kept from elsewhere with a period that cannot be read: say why.
      model.addAttribute("problems", e.problems());
    }
    return "outcomes/benchmarks";
  }

  @GetMapping("/outcomes/benchmarks.xlsx")
  @PreAuthorize(Roles.REPORT_READERS)
  ResponseEntity<byte[]> download(
      @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    try {
      return spreadsheet(quarter, from, to);
    } catch (InvalidRequestException e) {
      // A page's link with a period that cannot be read: the page's answer, not an API problem.
      throw new NotFoundException(e.problems().get(0).message());
    }
  }

  /** The spreadsheet; an unreadable period is an {@link InvalidRequestException}, for the API. */
  ResponseEntity<byte[]> spreadsheet(String quarter, String from, String to) {
    Benchmarks b = benchmarks(quarter, from, to);
    Locale locale = LocaleContextHolder.getLocale();
    List<String> headings = new ArrayList<>();
    headings.add(text("benchmarks.rate", locale));
    for (Area a : b.yourAreas()) {
      headings.add(a.name() + " (" + a.code() + ")");
    }
    headings.add(text("benchmarks.median", locale));
    headings.add(text("benchmarks.lowest", locale));
    headings.add(text("benchmarks.highest", locale));
    headings.add(text("benchmarks.areasCompared", locale));
    String notEnough = text("benchmarks.notEnough", locale);
    String noPopulation = text("benchmarks.noPopulation", locale);
    List<List<String>> rows =
        BenchmarksSpreadsheet.rows(
            b.measures(),
            m -> {
              List<String> cells = new ArrayList<>();
              cells.add(m.label());
              m.yours().forEach(y -> cells.add(y.value() == null ? noPopulation : y.value()));
              Spread s = m.spread();
              cells.add(s == null ? notEnough : s.median());
              cells.add(s == null ? "" : s.lowest());
              cells.add(s == null ? "" : s.highest());
              cells.add(s == null ? "" : Integer.toString(s.areas()));
              return cells;
            });
    String title =
        messages.getMessage(
            "benchmarks.heading.period",
            new Object[] {b.period().from().toString(), b.period().to().toString()},
            locale);
    List<String> notes =
        List.of(
            messages.getMessage(
                "benchmarks.onlyEnough",
                new Object[] {b.minimumReferrals(), b.minimumAreas()},
                locale),
            text("benchmarks.noAreaNamed", locale));
    byte[] body =
        BenchmarksSpreadsheet.write(text("benchmarks.sheet", locale), title, notes, headings, rows);
    return Downloads.attachment(
        body,
        Downloads.XLSX,
        "tandem-benchmarks-" + b.period().from() + "-to-" + b.period().to() + ".xlsx");
  }

  Benchmarks benchmarks(String quarter, String from, String to) {
    return figures.build(periods.of(quarter, from, to));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
