package org.tandem.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #hours.of(h)} and {@code #hours.of(done, outOf)} in templates, pages and PDFs alike: an
 * expression object rather than a bean reference, because fragment parameters may not call beans.
 */
@Component
class HoursDialect extends AbstractDialect implements IExpressionObjectDialect {

  private static final String HOURS = "hours";

  private final MessageSource messages;

  HoursDialect(MessageSource messages) {
    super("tandem-hours");
    this.messages = messages;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(HOURS);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return HOURS.equals(expressionObjectName)
            ? new HoursText(messages, context.getLocale())
            : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
