package org.tandem.outcomes.internal;

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
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.Downloads;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;

/** The MARAC-style quarterly return of an area as a page and a spreadsheet. */
@Controller
class MaracReturnController {

  private final ReportAreas areas;
  private final ChosenPeriod periods;
  private final MaracReturns returns;
  private final MessageSource messages;
  private final ServiceClock clock;

  MaracReturnController(
      ReportAreas areas,
      ChosenPeriod periods,
      MaracReturns returns,
      MessageSource messages,
      ServiceClock clock) {
    this.areas = areas;
    this.periods = periods;
    this.returns = returns;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/outcomes/marac-return")
  @PreAuthorize(Roles.REPORT_READERS)
  String page(
      @RequestParam String area, @RequestParam(required = false) String quarter, Model model) {
    MaracReturn r = forPage(area, quarter);
    model.addAttribute("marac", r);
    model.addAttribute("previous", r.period().previousQuarter());
    boolean hasNext = !r.period().nextQuarter().from().isAfter(clock.today());
    model.addAttribute("next", hasNext ? r.period().nextQuarter() : null);
    return "outcomes/marac-return";
  }

  @GetMapping("/outcomes/marac-return.xlsx")
  @PreAuthorize(Roles.REPORT_READERS)
  ResponseEntity<byte[]> download(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    return spreadsheet(forPage(area, quarter));
  }

  /** The return for a page: a quarter that cannot be read is answered as the area report does. */
  private MaracReturn forPage(String area, String quarter) {
    try {
      return maracReturn(area, quarter);
    } catch (InvalidRequestException e) {
      throw new NotFoundException(e.problems().get(0).message());
    }
  }

  ResponseEntity<byte[]> spreadsheet(MaracReturn r) {
    Locale locale = LocaleContextHolder.getLocale();
    List<List<String>> rows =
        BenchmarksSpreadsheet.rows(
            r.lines(), l -> List.of(l.label(), l.value(), l.share(), l.notKnown()));
    String title =
        messages.getMessage(
            "maracreturn.heading.area",
            new Object[] {r.area().name(), new ReportWords(messages, locale).label(r.period())},
            locale);
    byte[] body =
        BenchmarksSpreadsheet.write(
            text("maracreturn.sheet", locale),
            title,
            List.of(
                text("maracreturn.suppression", locale), text("maracreturn.equalityWhy", locale)),
            List.of(
                text("maracreturn.measure", locale),
                text("maracreturn.value", locale),
                text("maracreturn.share", locale),
                text("maracreturn.notKnown", locale)),
            rows);
    String file =
        "tandem-marac-return-"
            + r.area().code().toLowerCase(Locale.ROOT)
            + "-"
            + r.period().code()
            + ".xlsx";
    return Downloads.attachment(body, Downloads.XLSX, file);
  }

  MaracReturn maracReturn(String areaCode, String quarter) {
    return returns.build(areas.require(areaCode), periods.quarter(quarter));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
