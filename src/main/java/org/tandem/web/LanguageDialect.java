package org.tandem.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #languages.links()} in templates: the language switcher's entries for the page being drawn
 * (layout.html). An expression object, as {@link HoursDialect} is, because fragment parameters may
 * not call beans.
 */
@Component
class LanguageDialect extends AbstractDialect implements IExpressionObjectDialect {

  private static final String LANGUAGES = "languages";

  private final MessageSource messages;

  LanguageDialect(MessageSource messages) {
    super("tandem-languages");
    this.messages = messages;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(LANGUAGES);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return LANGUAGES.equals(expressionObjectName)
            ? new LanguageLinks(messages, context.getLocale())
            : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
