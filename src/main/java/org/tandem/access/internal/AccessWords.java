package org.tandem.access.internal;

import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.FieldProblem;
import org.tandem.web.Languages;

/**
 * Access's words in the language of the person asking: the administration pages' problems and
 * notices come from messages-access, so a Welsh reader reads them in Welsh.
 */
@Component
class AccessWords {

  private final MessageSource messages;

  AccessWords(MessageSource messages) {
    this.messages = messages;
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, Languages.current());
  }

  /** A problem beside its field. */
  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  /** Whether the person asking reads English, the language of the password checker's advice. */
  boolean english() {
    return Languages.current().getLanguage().equals(Languages.ENGLISH.getLanguage());
  }

  /** The words of this key, or empty when the bundles have none. */
  Optional<String> sayIfAny(String key) {
    return Optional.ofNullable(messages.getMessage(key, null, null, Languages.current()));
  }
}
