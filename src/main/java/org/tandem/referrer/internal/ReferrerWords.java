package org.tandem.referrer.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.web.FieldProblem;

/**
 * The referrer pages' sentences made in Java, in the language the user reads: each is named by its
 * key in {@code messages-referrer}.
 */
@Component
class ReferrerWords {

  private final MessageSource messages;

  ReferrerWords(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem beside its field. */
  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
