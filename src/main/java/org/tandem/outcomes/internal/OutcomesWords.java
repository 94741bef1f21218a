package org.tandem.outcomes.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.web.FieldProblem;

/**
 * Outcomes' problems and notices in the language the user reads, for the page or the API's problem
 * details alike.
 */
@Component
class OutcomesWords {

  private final MessageSource messages;

  OutcomesWords(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem beside its field. */
  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  String say(String key, Object... args) {
    return messages.getMessage(
        key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
  }
}
