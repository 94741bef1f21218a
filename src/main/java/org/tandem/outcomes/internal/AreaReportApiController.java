package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Roles;

/** The quarterly area report as JSON: the same suppressed figures as the page. */
@RestController
@Tag(name = "Outcomes")
@SecurityRequirement(name = "bearer")
class AreaReportApiController {

  private final AreaReportController pages;

  AreaReportApiController(AreaReportController pages) {
    this.pages = pages;
  }

  @GetMapping("/api/v1/outcomes/area-report")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "The quarterly report of an area",
      description =
          "Funnel, partner support, repeat victimisation, evaluations, demographics and waiting"
              + " times for the quarter (written 2026-Q3; this quarter if omitted). Counts from 1 to"
              + " 4 are shown as <5 and figures built on them are withheld.")
  AreaReport report(@RequestParam String area, @RequestParam(required = false) String quarter) {
    return pages.report(area, quarter);
  }

  @GetMapping("/api/v1/outcomes/area-report/pdf")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(summary = "The quarterly report of an area as a PDF, with charts beside their tables")
  ResponseEntity<byte[]> pdf(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    return pages.pdf(area, quarter);
  }

  @GetMapping("/api/v1/outcomes/area-report/xlsx")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(summary = "The quarterly report of an area as a spreadsheet, one sheet per section")
  ResponseEntity<byte[]> spreadsheet(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    return pages.spreadsheet(area, quarter);
  }
}
