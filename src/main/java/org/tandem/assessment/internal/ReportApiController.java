package org.tandem.assessment.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.NewRiskReport;
import org.tandem.assessment.NewUpdateReport;
import org.tandem.assessment.RiskReportSummary;
import org.tandem.assessment.RiskReportView;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PdfDownload;
import org.tandem.web.PostCreates;

/**
 * Reports to the referrer, for providers' and referrers' systems: the risk identification report
 * and the programme update reports.
 */
@ApiController(path = "/api/v1/cases/{reference}/reports", tag = "Risk identification reports")
class ReportApiController {

  private final Assessments assessments;
  private final ReportDownloads downloads;

  ReportApiController(Assessments assessments, ReportDownloads downloads) {
    this.assessments = assessments;
    this.downloads = downloads;
  }

  @PostCreates
  @PreAuthorize(ReportController.PRODUCERS)
  @Operation(
      summary = "Produce a risk identification report",
      description =
          "Perpetrator workers and service managers. The report is drawn from the case and his"
              + " recorded assessment, never from anything behind the confidentiality wall, with"
              + " the worker's recommendations on contact, supervision and programme attendance"
              + " and the minutes the report took. 400 naming each invalid field, or the field"
              + " 'assessment' when no assessment is recorded yet; 404 for a case outside the"
              + " caller's areas.")
  ResponseEntity<Created> produce(
      @PathVariable String reference, @RequestBody NewRiskReport report) {
    return created(reference, assessments.produceReport(reference, report));
  }

  @PostCreates("/updates")
  @PreAuthorize(ReportController.PRODUCERS)
  @Operation(
      summary = "Produce a programme update report at a review point",
      description =
          "Perpetrator workers and service managers, at his week-12 review (WEEK_12) or at"
              + " completion (COMPLETION). The report gives the updated risk view (the case's risk"
              + " level, his latest DASH score, the risk events recorded since the previous report"
              + " counted by kind, never his partner's reports) and his record on his current"
              + " programme place: progress through the curriculum, attendance, the number of"
              + " disclosures and his blame, minimisation and denial ratings; with the worker's"
              + " recommendations and the minutes the report took. Read it and its PDF like any"
              + " other report. 400 naming each invalid field, or the field 'enrolment' when he"
              + " has no programme place; 404 for a case outside the caller's areas.")
  ResponseEntity<Created> produceUpdate(
      @PathVariable String reference, @RequestBody NewUpdateReport report) {
    return created(reference, assessments.produceUpdateReport(reference, report));
  }

  @GetMapping
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "The case's reports of every kind, newest first")
  List<RiskReportSummary> reports(@PathVariable String reference) {
    return assessments.reports(reference);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "One report as the referrer receives it",
      description =
          "The case's open facts and the recommendations, with, by the report's kind: for a"
              + " risk identification report, his assessment and the DASH indicators answered yes;"
              + " for an update report, the updated risk view and his programme record in"
              + " 'update'. Reading it is audited. 404 if there is no such report on the case, or"
              + " the case is outside the caller's areas.")
  RiskReportView report(@PathVariable String reference, @PathVariable long id) {
    return assessments.report(reference, id);
  }

  @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "One report as a PDF to send to the referrer",
      description = "The same content as the report's page. Downloading it is audited.")
  @PdfDownload("The report as a PDF attachment")
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable long id) {
    return downloads.pdf(reference, id);
  }

  private static ResponseEntity<Created> created(String reference, long id) {
    return Created.id(id, "/api/v1/cases/{reference}/reports/{id}", reference, id);
  }
}
