package org.tandem.consent.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.consent.ShareTo;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * Consents' and sharings' problems, banners and labels in the language the user reads: the rules
 * name each wording by its key in messages-consent, and this turns the key into words for the page
 * or the API's problem details.
 */
@Component
public class ConsentWords {

  private final MessageSource messages;

  ConsentWords(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem beside its field. */
  public FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  /** A request refused with one problem beside its field. */
  public InvalidRequestException refused(String field, String key, Object... args) {
    return new InvalidRequestException(List.of(problem(field, key, args)));
  }

  /** The sharing in words, for the reason a sharing is refused: "referrals to refuges". */
  public String inWords(ShareTo sharing) {
    return say("consent.sharingInWords." + sharing.name());
  }

  /** A day as a sentence says it: "3 March 2026", "3 Mawrth 2026". */
  public String day(LocalDate day) {
    Locale locale = LocaleContextHolder.getLocale();
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
  }

  public String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
