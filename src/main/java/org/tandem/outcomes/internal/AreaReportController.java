package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Area;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.Downloads;
import org.tandem.web.NotFoundException;
import org.tandem.web.PdfDocuments;

/** The quarterly area report as a page, a PDF and a spreadsheet, for managers and commissioners. */
@Controller
class AreaReportController {

  private final ReportAreas areas;
  private final AreaReports reports;
  private final HistoricalCohorts cohorts;
  private final PdfDocuments pdf;
  private final ServiceClock clock;
  private final MessageSource messages;

  AreaReportController(
      ReportAreas areas,
      AreaReports reports,
      HistoricalCohorts cohorts,
      PdfDocuments pdf,
      ServiceClock clock,
      MessageSource messages) {
    this.areas = areas;
    this.reports = reports;
    this.cohorts = cohorts;
    this.pdf = pdf;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping("/outcomes/area-report")
  @PreAuthorize(Roles.REPORT_READERS)
  String page(
      @RequestParam String area, @RequestParam(required = false) String quarter, Model model) {
    AreaReport report = report(area, quarter);
    model.addAttribute("report", report);
    model.addAttribute("previous", report.period().previousQuarter());
    model.addAttribute("next", report.period().nextQuarter());
    model.addAttribute("hasNext", !report.period().nextQuarter().from().isAfter(today()));
    // Only a link: historical figures are reported apart, never inside a live quarter.
    model.addAttribute("historicalCohorts", cohorts.inArea(report.area()).size());
    return "outcomes/area-report";
  }

  @GetMapping("/outcomes/area-report.pdf")
  @PreAuthorize(Roles.REPORT_READERS)
  ResponseEntity<byte[]> pdf(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    AreaReport report = report(area, quarter);
    byte[] body = pdf.render("outcomes/area-report-pdf", Map.of("report", report));
    return Downloads.attachment(body, MediaType.APPLICATION_PDF, fileName(report, "pdf"));
  }

  @GetMapping("/outcomes/area-report.xlsx")
  @PreAuthorize(Roles.REPORT_READERS)
  ResponseEntity<byte[]> spreadsheet(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    AreaReport report = report(area, quarter);
    ReportWords words = new ReportWords(messages, LocaleContextHolder.getLocale());
    return Downloads.attachment(
        AreaReportSpreadsheet.write(report, words), Downloads.XLSX, fileName(report, "xlsx"));
  }

  AreaReport report(String areaCode, String quarter) {
    return report(areaCode, quarter, LocaleContextHolder.getLocale());
  }

  /** The report with its words in {@code language}. */
  AreaReport report(String areaCode, String quarter, Locale language) {
    Area area = areas.require(areaCode);
    ReportPeriod period =
        quarter == null || quarter.isBlank()
            ? ReportPeriod.quarterOf(today())
            : ReportPeriod.parseQuarter(quarter)
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            messages.getMessage(
                                "quarterly.sent.noSuchQuarter",
                                null,
                                LocaleContextHolder.getLocale())));
    return reports.build(area, period, language);
  }

  private static String fileName(AreaReport report, String extension) {
    return "tandem-"
        + report.area().code().toLowerCase(java.util.Locale.ROOT)
        + "-"
        + report.period().code()
        + "."
        + extension;
  }

  private LocalDate today() {
    return clock.today();
  }
}
