package org.tandem.web;

import java.util.Locale;

/** Nothing the user may see is here. Pages answer 404 with a plain page; the API with a problem. */
public class NotFoundException extends RuntimeException {

  private final Locale language;

  /** A message in the language of the request being answered, as the modules' words give it. */
  public NotFoundException(String message) {
    this(message, Languages.current());
  }

  /** A message already in this language (usually {@link Languages#current()}). */
  public NotFoundException(String message, Locale language) {
    super(message);
    this.language = language;
  }

  /**
   * What the API says, in the reader's language: the message itself when it is in that language,
   * else a sentence that says only that nothing is here.
   */
  public String said() {
    Locale reader = Languages.current();
    return reader.getLanguage().equals(language.getLanguage())
        ? getMessage()
        : WebWords.text(reader, "web.api.notFound.detail");
  }
}
