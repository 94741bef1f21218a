package org.tandem.outcomes.internal;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #periods.label(period)} in templates, pages and PDFs alike: a report's period in the
 * reader's language. An expression object, because fragment parameters may not call beans.
 */
@Component
class PeriodsDialect extends AbstractDialect implements IExpressionObjectDialect {

  private static final String PERIODS = "periods";

  private final MessageSource messages;

  PeriodsDialect(MessageSource messages) {
    super("tandem-periods");
    this.messages = messages;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(PERIODS);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return PERIODS.equals(expressionObjectName)
            ? new Periods(new ReportWords(messages, context.getLocale()))
            : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
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
