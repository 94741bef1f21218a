package org.tandem.access.internal;

import org.springframework.stereotype.Component;
import org.tandem.access.People;
import org.tandem.web.TemplateObject;
import org.thymeleaf.context.IExpressionContext;

/**
 * {@code #people.name(username)} in templates: colleagues by their names. An expression object
 * rather than a bean reference, because fragment parameters (a summary-list row, a table cell) may
 * not call beans.
 */
@Component
class PeopleDialect extends TemplateObject {

  private final People people;

  PeopleDialect(People people) {
    super("people");
    this.people = people;
  }

  @Override
  protected Object objectFor(IExpressionContext context) {
    return people;
  }
}
