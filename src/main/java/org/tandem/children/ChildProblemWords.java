package org.tandem.children;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tandem.web.FieldProblem;

/**
 * Says the children's rules' problems, named by the keys of their wording in the bundle, in one
 * language, dates included. The rules are plain functions, so they are given the words to use:
 * {@link ChildWords#problemWords()} for the reader's language, or {@link #ENGLISH} where there is
 * no reader.
 */
final class ChildProblemWords {

  /** The bundle's English, for a rule asked outside any request. */
  static final ChildProblemWords ENGLISH = new ChildProblemWords(english(), () -> Locale.UK);

  private final MessageSource messages;
  private final Supplier<Locale> locale;

  ChildProblemWords(MessageSource messages, Supplier<Locale> locale) {
    this.messages = messages;
    this.locale = locale;
  }

  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, messages.getMessage(key, args, locale.get()));
  }

  /** A date as the pages show it, for example 2 March 2026 or 2 Mawrth 2026. */
  String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale.get()));
  }

  private static MessageSource english() {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("messages-children");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    return bundle;
  }
}
