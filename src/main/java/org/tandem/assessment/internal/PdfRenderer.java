package org.tandem.assessment.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tandem.assessment.RiskReportView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the risk identification report to PDF: the report/pdf template becomes one XHTML string,
 * which openhtmltopdf lays out. The template has its stylesheet inline and the renderer may fetch
 * nothing at all, so no address outside the document is ever read or embedded.
 */
@Component
class PdfRenderer {

  /** Liberation Sans (SIL Open Font License), as PDFBox ships it, so every glyph is embedded. */
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final ITemplateEngine templates;

  PdfRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(RiskReportView report) {
    Context context = new Context(Locale.UK);
    context.setVariable("report", report);
    String xhtml = templates.process("report/pdf", context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.useFont(PdfRenderer::font, "Report Sans");
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream font() {
    InputStream font = PdfRenderer.class.getResourceAsStream(FONT);
    if (font == null) {
      throw new IllegalStateException("The report font is missing from the classpath");
    }
    return font;
  }
}
