package org.tandem.web;

import java.util.Locale;

/** Someone else changed the record after the caller read it; nothing was saved. */
public class EditConflictException extends RuntimeException {

  private final String what;
  private final Locale language;

  /**
   * {@code what} names the record in the words of the request being answered: "The appointment".
   */
  public EditConflictException(String what) {
    this(what, Languages.current());
  }

  /** {@code what} names the record in this language, as a sentence begins. */
  public EditConflictException(String what, Locale language) {
    super(what + " was changed by someone else after you opened it. Nothing was saved.");
    this.what = what;
    this.language = language;
  }

  /**
   * What the API says, in the reader's language: the record is named only when it was named in that
   * language, so a Welsh reader never gets an English noun inside a Welsh sentence.
   */
  public String said() {
    Locale reader = Languages.current();
    return reader.getLanguage().equals(language.getLanguage())
        ? WebWords.text(reader, "web.api.conflict.detail", what)
        : WebWords.text(reader, "web.api.conflict.generic");
  }
}
