package org.tandem.womensgroups;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.web.FieldProblem;

/**
 * The women's groups' problems in the language the user reads: the rules name each problem's
 * wording by its key in the bundle, and this says it for the page or the API's problem details.
 */
@Component
public class WomensGroupWords {

  private final MessageSource messages;

  WomensGroupWords(MessageSource messages) {
    this.messages = messages;
  }

  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  public String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
