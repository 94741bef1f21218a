package org.tandem.referrer.internal;

import java.util.Locale;

/**
 * The language an invitation email is written in. Tandem's pages are in English and Welsh, so the
 * service may write its invitation in both; the expiry date follows it.
 */
public enum EmailLanguage {
  ENGLISH(Locale.forLanguageTag("en-GB")),
  WELSH(Locale.forLanguageTag("cy"));

  private final Locale locale;

  EmailLanguage(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }
}
