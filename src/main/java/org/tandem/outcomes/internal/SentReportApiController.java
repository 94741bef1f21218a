package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Area;
import org.tandem.access.Roles;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Downloads;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.PostCreates;

/**
 * The quarterly report as sent, for commissioners' systems: the versions of an area's quarter, each
 * frozen as it was signed off, and for managers the checks before signing and the sign-off itself.
 */
@ApiController(tag = "Outcomes", path = "/api/v1/area-reports/{area}/{quarter}")
class SentReportApiController {

  /** What the manager checks before signing, as the preparation page shows it. */
  @Schema(name = "AreaReportPreparation")
  record Preparation(
      int sentVersion,
      boolean quarterEnded,
      List<DataQuality.Warning> warnings,
      List<ReportFigures.Difference> differences) {}

  /**
   * A sign-off: the version the manager reviewed (0 when none had been sent), their notes, and for
   * a correction (a version after the first) why it was needed.
   */
  @Schema(name = "AreaReportSignOff")
  record SignOffRequest(
      Integer reviewedVersion,
      @Size(max = SentReports.NOTES_MAX, message = "{quarterly.problem.notesTooLong}") String notes,
      @Size(max = SentReports.REASON_MAX, message = "{quarterly.problem.reasonTooLong}")
          String correctionReason) {}

  private final ReportAreas areas;
  private final SentReports sent;
  private final OutcomesWords words;

  SentReportApiController(ReportAreas areas, SentReports sent, OutcomesWords words) {
    this.areas = areas;
    this.sent = sent;
    this.words = words;
  }

  @GetMapping("/versions")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "The signed-off versions of an area's quarterly report, newest first",
      description =
          "The quarter is written 2026-Q3. The first version is current until a correction is"
              + " signed off; the others are marked superseded. Each gives the SHA-256 of its"
              + " frozen JSON, PDF and spreadsheet.")
  List<SentReport> versions(@PathVariable String area, @PathVariable String quarter) {
    return sent.versions(areas.require(area), period(quarter));
  }

  @GetMapping("/versions/{version}")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "One signed-off version as it was sent: its figures, PDF or spreadsheet",
      description =
          "format is json (the report's figures as the area report API gave them at sign-off;"
              + " the default), pdf or xlsx. The bytes are those stored at sign-off, never a"
              + " recomputation. The spreadsheet's first sheet, Sign-off (Cymeradwyo when signed"
              + " off in Welsh), gives the area, quarter, version, who signed it off and when, the"
              + " manager's notes and, for a correction, its reason and the figures changed.")
  ResponseEntity<byte[]> version(
      @PathVariable String area,
      @PathVariable String quarter,
      @PathVariable int version,
      @RequestParam(defaultValue = "json") String format) {
    Area in = areas.require(area);
    ReportPeriod period = period(quarter);
    SentReportFormat f =
        SentReportFormat.named(format)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        List.of(words.problem("format", "quarterly.sent.chooseFormat"))));
    byte[] body = sent.download(in, period, version, f);
    if (f == SentReportFormat.JSON) {
      return ResponseEntity.ok().contentType(f.type()).body(body);
    }
    return Downloads.attachment(
        body, f.type(), SentReportController.fileName(in, period, version, f));
  }

  @GetMapping("/preparation")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary =
          "Before signing off: data-quality warnings and the differences from the version sent",
      description =
          "Warnings name the cases referred in the quarter with no closure reason, no partner"
              + " recorded or none contacted yet, a step his or her clocks time not recorded, or a"
              + " woman on the case with no answer about her ethnicity recorded (not asked; never"
              + " what any answer is).")
  Preparation preparation(@PathVariable String area, @PathVariable String quarter) {
    SentReports.Preparation p = sent.prepare(areas.require(area), period(quarter));
    return new Preparation(p.sentVersion(), p.quarterEnded(), p.warnings(), p.differences());
  }

  @PostCreates("/versions")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary =
          "Sign off the quarter as its next version, freezing its figures, PDF and spreadsheet",
      description =
          "reviewedVersion is the latest version the manager reviewed the differences from (0"
              + " when none had been sent). 409 when someone has signed a later one since; 400 when"
              + " the quarter has not ended, or a correction has no reason.")
  ResponseEntity<SentReport> signOff(
      @PathVariable String area,
      @PathVariable String quarter,
      @Valid @RequestBody SignOffRequest request) {
    Area in = areas.require(area);
    ReportPeriod period = period(quarter);
    SentReport signed =
        sent.signOff(
            in,
            period,
            new SentReports.SignOff(
                request.reviewedVersion(), request.notes(), request.correctionReason()));
    return Created.at(
        "/api/v1/area-reports/{area}/{quarter}/versions/{version}",
        signed,
        in.code(),
        period.code(),
        signed.version());
  }

  private ReportPeriod period(String quarter) {
    return ReportPeriod.parseQuarter(quarter == null ? "" : quarter.toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new NotFoundException(words.say("quarterly.sent.noSuchQuarter")));
  }
}
