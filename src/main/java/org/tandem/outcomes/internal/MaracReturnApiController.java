package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.SpreadsheetDownload;

/** The MARAC-style quarterly return as JSON and as a spreadsheet: the same figures as the page. */
@ApiController(tag = "Outcomes")
@PreAuthorize(Roles.REPORT_READERS)
class MaracReturnApiController {

  private final MaracReturnController pages;

  MaracReturnApiController(MaracReturnController pages) {
    this.pages = pages;
  }

  @GetMapping("/api/v1/outcomes/marac-return")
  @Operation(
      summary = "The MARAC-style quarterly return of an area",
      description =
          "MARAC referrals made in the quarter (written 2026-Q3; the last whole quarter if"
              + " omitted) for the area's cases, the repeats among them (another made for the case"
              + " in the 12 months before), and MARAC referrals per 10,000 adult women. Then the"
              + " Black and minoritised, LGBT+, disabled, male and 16-17-year-old victims among"
              + " the women on the cases with a MARAC referral made in the quarter, from her"
              + " equality monitoring answers: value is how many, share is of those whose answer"
              + " is known, notKnown how many were not asked or preferred not to say. Counts from"
              + " 1 to 4 are shown as <5, and a figure that would give one away is withheld. 404"
              + " for an area you do not cover; 400 for a quarter that cannot be read.")
  MaracReturn maracReturn(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    return pages.maracReturn(area, quarter);
  }

  @GetMapping("/api/v1/outcomes/marac-return/xlsx")
  @Operation(summary = "The MARAC-style quarterly return of an area as a spreadsheet")
  @SpreadsheetDownload("The return as a workbook attachment")
  ResponseEntity<byte[]> spreadsheet(
      @RequestParam String area, @RequestParam(required = false) String quarter) {
    return pages.spreadsheet(pages.maracReturn(area, quarter));
  }
}
