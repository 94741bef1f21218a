package org.tandem.outcomes.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.outcomes.ImportProblem;
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

  /** What is wrong with a cell or row of an imported file, without where it is. */
  String message(ImportProblem problem) {
    return say(problem.key(), problem.args().toArray());
  }

  /** The problem placed in the file: "Row 5 (B&amp;D4), column sessions: Enter the number…". */
  String described(ImportProblem problem) {
    return say(problem.frameKey(), problem.frameArgs(message(problem)));
  }

  String say(String key, Object... args) {
    return messages.getMessage(
        key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
  }
}
