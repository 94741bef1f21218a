package org.tandem.reminders;

import java.util.Locale;

/**
 * The language he wants his reminders in. Tandem's pages are in English and Welsh, so these are the
 * two a reminder can be sent in; the date and the appointment's name follow it.
 */
public enum ReminderLanguage {
  ENGLISH(Locale.forLanguageTag("en-GB")),
  WELSH(Locale.forLanguageTag("cy"));

  private final Locale locale;

  ReminderLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }
}
