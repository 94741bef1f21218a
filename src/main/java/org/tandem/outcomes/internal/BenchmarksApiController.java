package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.SpreadsheetDownload;

/** The benchmarks across services as JSON and as a spreadsheet: the same figures as the page. */
@ApiController(tag = "Outcomes")
@PreAuthorize(Roles.REPORT_READERS)
class BenchmarksApiController {

  private final BenchmarksController pages;

  BenchmarksApiController(BenchmarksController pages) {
    this.pages = pages;
  }

  @GetMapping("/api/v1/benchmarks")
  @Operation(
      summary = "Your areas' key rates beside the median and range of every area in Tandem",
      description =
          "For the period from 'from' to 'to' (YYYY-MM-DD, both included), or the quarter"
              + " 'quarter' (2026-Q3), or else the last whole quarter. Each rate for the areas you"
              + " cover, and its median, lowest and highest over every area with at least 20"
              + " referrals in the period (null when fewer than 5 areas have the rate). No other"
              + " area is named and no other area's figure is given. Counts from 1 to 4 are"
              + " withheld, and a rate built on one is left out of the spread. 400 naming each"
              + " parameter that cannot be read.")
  Benchmarks benchmarks(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String quarter) {
    return pages.benchmarks(quarter, from, to);
  }

  @GetMapping("/api/v1/benchmarks/xlsx")
  @Operation(summary = "The benchmarks as a spreadsheet")
  @SpreadsheetDownload("The benchmarks as a workbook attachment")
  ResponseEntity<byte[]> spreadsheet(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String quarter) {
    return pages.spreadsheet(quarter, from, to);
  }
}
