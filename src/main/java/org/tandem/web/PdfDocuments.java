package org.tandem.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template to PDF: the template becomes one XHTML string, which openhtmltopdf
 * lays out. Templates carry their stylesheet inline and the renderer may fetch nothing at all, so
 * no address outside the document is ever read or embedded. Charts are inline SVG (templates/
 * charts.html), drawn by Batik with scripts and external resources refused.
 */
@Component
public class PdfDocuments {

  /** Liberation Sans (SIL Open Font License), as PDFBox ships it, so every glyph is embedded. */
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** The font family name templates use. */
  public static final String FONT_FAMILY = "Report Sans";

  private final ITemplateEngine templates;

  private final ApplicationContext beans;

  PdfDocuments(ITemplateEngine templates, ApplicationContext beans) {
    this.templates = templates;
    this.beans = beans;
  }

  public byte[] render(String template, Map<String, Object> variables) {
    // In the language of the person asking for it; English for a job with no one asking.
    Context context = new Context(Languages.current());
    variables.forEach(context::setVariable);
    // So a PDF's template may say a stored sentence with ${@said.say(…)}, as a page does.
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(beans, null));
    String xhtml = templates.process(template, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.useFont(
          PdfDocuments::font,
          FONT_FAMILY,
          400,
          FontStyle.NORMAL,
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
      builder.useSVGDrawer(
          new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream font() {
    InputStream font = PdfDocuments.class.getResourceAsStream(FONT);
    if (font == null) {
      throw new IllegalStateException("The PDF font is missing from the classpath");
    }
    return font;
  }
}
