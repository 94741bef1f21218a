package org.tandem.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;

/**
 * The shared bundle's words ({@code messages.properties}, keys {@code web.*}) for sentences made in
 * Java outside any template: a date's problem, an API's problem details. Read with plain Java so
 * that classes made with {@code new} (a form's {@link DateInput}) speak the reader's language too.
 * Messages follow Spring's rule: one without arguments is taken as written, one with arguments is a
 * MessageFormat.
 */
public final class WebWords {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private WebWords() {}

  /** In the language of the request being served (English outside a request). */
  public static String text(String key, Object... args) {
    return text(Languages.current(), key, args);
  }

  public static String text(Locale language, String key, Object... args) {
    // No fallback to the machine's language: a missing Welsh line falls back to English.
    String pattern = ResourceBundle.getBundle("messages", language, NO_FALLBACK).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
  }

  /** A status's name as a problem's title ("Not Found"), in the language of the request. */
  public static String title(HttpStatus status) {
    return title(Languages.current(), status);
  }

  /**
   * A status's name as a problem's title: in English its reason phrase, as it always was; in
   * another language its translation, so that no 4xx or 5xx reaches a Welsh reader titled in
   * English.
   */
  public static String title(Locale language, HttpStatus status) {
    try {
      return text(language, "web.api.status." + status.value());
    } catch (MissingResourceException e) {
      // A status a later Spring adds, before its words are written (a test asks for every one).
      return status.getReasonPhrase();
    }
  }
}
