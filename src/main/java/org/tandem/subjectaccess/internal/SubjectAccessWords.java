package org.tandem.subjectaccess.internal;

import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.DateInput;
import org.tandem.web.FieldProblem;
import org.tandem.web.Languages;

/**
 * Subject access's words in the language of the person asking: the API's and the pages' problems
 * come from messages-subjectaccess, so a Welsh reader reads them in Welsh.
 */
@Component
class SubjectAccessWords {

  private final MessageSource messages;

  SubjectAccessWords(MessageSource messages) {
    this.messages = messages;
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, Languages.current());
  }

  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  /** What is wrong with the date received, typed but not readable, or null. */
  String unreadableReceivedOn(DateInput typed) {
    if (typed == null || typed.problem("") == null) {
      return null;
    }
    boolean partial =
        Stream.of(typed.getDay(), typed.getMonth(), typed.getYear())
            .anyMatch(part -> part == null || part.isBlank());
    return say(
        partial
            ? "subjectaccess.problem.receivedOn.incomplete"
            : "subjectaccess.problem.receivedOn.notReal");
  }
}
