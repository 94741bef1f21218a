package org.tandem.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;

/**
 * {@code #languages.links()} in templates: the language switcher's entries for the page being drawn
 * (layout.html). An expression object, as {@link HoursDialect} is, because fragment parameters may
 * not call beans.
 */
@Component
class LanguageDialect extends TemplateObject {

  private final MessageSource messages;

  LanguageDialect(MessageSource messages) {
    super("languages");
    this.messages = messages;
  }

  @Override
  protected Object objectFor(IExpressionContext context) {
    return new LanguageLinks(messages, context.getLocale());
  }
}
