package org.tandem.outcomes.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.TemplateObject;
import org.thymeleaf.context.IExpressionContext;

/**
 * {@code #periods.label(period)} in templates, pages and PDFs alike: a report's period in the
 * reader's language. An expression object, because fragment parameters may not call beans.
 */
@Component
class PeriodsDialect extends TemplateObject {

  private final MessageSource messages;

  PeriodsDialect(MessageSource messages) {
    super("periods");
    this.messages = messages;
  }

  @Override
  protected Object objectFor(IExpressionContext context) {
    return new Periods(new ReportWords(messages, context.getLocale()));
  }

  /** What a template may call: only the period's label, not the rest of the report's words. */
  public static final class Periods {
    private final ReportWords words;

    Periods(ReportWords words) {
      this.words = words;
    }

    public String label(org.tandem.outcomes.ReportPeriod period) {
      return words.label(period);
    }
  }
}
