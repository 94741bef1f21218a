package org.tandem.assessment.internal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportView;
import org.tandem.referral.Referrals;
import org.tandem.web.Downloads;

/** A report as a PDF file to download, for the page and the API alike, with its audit entry. */
@Component
class ReportDownloads {

  private final Assessments assessments;
  private final PdfRenderer renderer;
  private final Referrals referrals;
  private final AuditLog audit;

  ReportDownloads(
      Assessments assessments, PdfRenderer renderer, Referrals referrals, AuditLog audit) {
    this.assessments = assessments;
    this.renderer = renderer;
    this.referrals = referrals;
    this.audit = audit;
  }

  ResponseEntity<byte[]> pdf(String reference, long id) {
    // Reading the report is audited as a READ; handing it over as a file is a DOWNLOAD as well.
    RiskReportView report = assessments.report(reference, id);
    byte[] pdf = renderer.render(report);
    audit.record(
        Action.DOWNLOAD,
        report.kind().update() ? "programme update report PDF" : "risk identification report PDF",
        referrals.open(reference));
    return Downloads.attachment(pdf, MediaType.APPLICATION_PDF, fileName(report));
  }

  static String fileName(RiskReportView report) {
    return report.reference()
        + (report.kind().update() ? "-update-report-" : "-risk-report-")
        + report.id()
        + ".pdf";
  }
}
