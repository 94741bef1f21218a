package org.tandem.assessment.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.tandem.assessment.RiskReportView;
import org.tandem.web.PdfDocuments;

/** Renders the risk identification report to PDF from the report/pdf template. */
@Component
class PdfRenderer {

  private final PdfDocuments pdf;

  PdfRenderer(PdfDocuments pdf) {
    this.pdf = pdf;
  }

  byte[] render(RiskReportView report) {
    return pdf.render("assessment/report/pdf", Map.of("report", report));
  }
}
