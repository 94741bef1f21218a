package org.tandem.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;

/**
 * {@code #hours.of(h)} and {@code #hours.of(done, outOf)} in templates, pages and PDFs alike: an
 * expression object rather than a bean reference, because fragment parameters may not call beans.
 */
@Component
class HoursDialect extends TemplateObject {

  private final MessageSource messages;

  HoursDialect(MessageSource messages) {
    super("hours");
    this.messages = messages;
  }

  @Override
  protected Object objectFor(IExpressionContext context) {
    return new HoursText(messages, context.getLocale());
  }
}
