package org.tandem.partnersupport.internal;

import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.DateInput;
import org.tandem.web.Languages;

/**
 * Partner support's pages say what was saved, and what is wrong with a date or time typed, in the
 * language the user reads, from messages-partnersupport.
 */
@Component
class PartnerPageWords {

  private final MessageSource messages;

  PartnerPageWords(MessageSource messages) {
    this.messages = messages;
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, Languages.current());
  }

  /**
   * What is wrong with a date typed but not readable, or null: the sentence under {@code
   * partnersupport.problem.<what>.incomplete} or {@code .notReal}, as the date input would say it.
   */
  String unreadableDate(DateInput typed, String what) {
    if (typed == null || typed.problem("") == null) {
      return null;
    }
    boolean partial =
        Stream.of(typed.getDay(), typed.getMonth(), typed.getYear())
            .anyMatch(part -> part == null || part.isBlank());
    return say("partnersupport.problem." + what + (partial ? ".incomplete" : ".notReal"));
  }
}
