package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.Languages;
import org.tandem.web.PdfDownload;
import org.tandem.web.SpreadsheetDownload;

/** The quarterly area report as JSON: the same suppressed figures as the page. */
@ApiController(tag = "Outcomes")
@PreAuthorize(Roles.REPORT_READERS)
class AreaReportApiController {

  private final AreaReportController pages;

  AreaReportApiController(AreaReportController pages) {
    this.pages = pages;
  }

  @GetMapping("/api/v1/outcomes/area-report")
  @Operation(
      summary = "The quarterly report of an area",
      description =
          "Funnel, partner support, repeat victimisation, evaluations, demographics, waiting"
              + " times and clocks breached for the quarter (written 2026-Q3; this quarter if omitted). Counts from 1 to"
              + " 4 are shown as <5 and figures built on them are withheld; a count hidden as well, so that"
              + " a <5 cannot be worked out from the total and the others, is shown as [c].")
  AreaReport report(@RequestParam String area, @RequestParam(required = false) String quarter) {
    // The JSON is for programs, which read its labels ("Referred"): English whoever asks.
    return pages.report(area, quarter, Languages.ENGLISH);
  }

  @GetMapping("/api/v1/outcomes/area-report/pdf")
  @Operation(summary = "The quarterly report of an area as a PDF, with charts beside their tables")
  @PdfDownload("The report as a PDF attachment")
  ResponseEntity<byte[]> pdf(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    return pages.pdf(area, quarter);
  }

  @GetMapping("/api/v1/outcomes/area-report/xlsx")
  @Operation(summary = "The quarterly report of an area as a spreadsheet, one sheet per section")
  @SpreadsheetDownload("The report as a workbook attachment")
  ResponseEntity<byte[]> spreadsheet(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    return pages.spreadsheet(area, quarter);
  }
}
