package org.tandem.access.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.access.People;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #people.name(username)} in templates: colleagues by their names. An expression object
 * rather than a bean reference, because fragment parameters (a summary-list row, a table cell) may
 * not call beans.
 */
@Component
class PeopleDialect extends AbstractDialect implements IExpressionObjectDialect {

  private static final String PEOPLE = "people";

  private final People people;

  PeopleDialect(People people) {
    super("tandem-people");
    this.people = people;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(PEOPLE);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return PEOPLE.equals(expressionObjectName) ? people : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
