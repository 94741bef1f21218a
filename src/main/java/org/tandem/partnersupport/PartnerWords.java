package org.tandem.partnersupport;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.web.FieldProblem;

/**
 * Partner support's problems in the language the user reads. The plain-Java rules name each
 * problem's wording by its key in the bundle; this turns the keys into words for the page or the
 * API's problem details.
 */
@Component
class PartnerWords {

  private final MessageSource messages;

  PartnerWords(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem beside its field. */
  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  /** The rules' problems, each named by the key of its wording, in words. */
  List<FieldProblem> said(List<FieldProblem> named) {
    return named.stream().map(p -> problem(p.field(), p.message())).toList();
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
