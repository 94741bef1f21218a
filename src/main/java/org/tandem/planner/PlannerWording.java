package org.tandem.planner;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The planner's wording in one language, read from its message bundle with plain Java: the form's
 * rules stay free of Spring (so a test can pin them) yet speak the user's language. Messages follow
 * Spring's rule: one without arguments is taken as written, one with arguments is a MessageFormat.
 */
public final class PlannerWording {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private PlannerWording(Locale locale) {
    this.locale = locale;
    // No fallback to the machine's language: a missing Welsh line falls back to English, as the
    // pages do.
    this.bundle = ResourceBundle.getBundle("messages-planner", locale, NO_FALLBACK);
  }

  public static PlannerWording in(Locale locale) {
    return new PlannerWording(locale == null ? Locale.ROOT : locale);
  }

  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
