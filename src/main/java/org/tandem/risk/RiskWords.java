package org.tandem.risk;

import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.DateInput;
import org.tandem.web.FieldProblem;
import org.tandem.web.Languages;

/**
 * Risk's words in the language of the person asking: its problems and notices come from
 * messages-risk, so a Welsh reader reads them in Welsh.
 */
@Component
public class RiskWords {

  private final MessageSource messages;

  RiskWords(MessageSource messages) {
    this.messages = messages;
  }

  public String say(String key, Object... args) {
    return messages.getMessage(key, args, Languages.current());
  }

  /** A problem beside its field. */
  public FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  /**
   * What is wrong with a date typed but not readable, or null: the field's own sentence under
   * {@code risk.problem.<field>.incomplete} or {@code .notReal}, as the date input would say it.
   */
  public String unreadableDate(String field, DateInput typed) {
    if (typed == null || typed.problem("") == null) {
      return null;
    }
    boolean partial =
        Stream.of(typed.getDay(), typed.getMonth(), typed.getYear())
            .anyMatch(part -> part == null || part.isBlank());
    return say("risk.problem." + field + (partial ? ".incomplete" : ".notReal"));
  }
}
