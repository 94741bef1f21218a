package org.tandem.web;

import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * One object templates call as {@code #name} in pages and PDFs alike ({@code #hours}, {@code
 * #people}, {@code #periods}…). An expression object rather than a bean reference, because fragment
 * parameters (a summary-list row, a table cell) may not call beans. A module declares one as a
 * component that says what the object is for the template being made, in its language.
 */
public abstract class TemplateObject extends AbstractDialect implements IExpressionObjectDialect {

  private final String name;

  /**
   * @param name what templates call it, after the {@code #}
   */
  protected TemplateObject(String name) {
    super("tandem-" + name);
    this.name = name;
  }

  /** The object for this template: {@code context.getLocale()} is the reader's language. */
  protected abstract Object objectFor(IExpressionContext context);

  @Override
  public final IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(name);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return name.equals(expressionObjectName) ? objectFor(context) : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
