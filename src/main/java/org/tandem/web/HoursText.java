package org.tandem.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Hours of structured work as a person says them: "1 hour 52 minutes", "12 hours 30 minutes of 60
 * hours", never "1.875 of 60". Templates and PDFs use it as {@code #hours}. Part minutes are left
 * off, so a man is never shown as having done more than he did.
 */
public final class HoursText {

  private final MessageSource messages;
  private final Locale locale;

  public HoursText(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** The whole minutes in these hours; none for none. */
  public static int minutes(BigDecimal hours) {
    if (hours == null || hours.signum() <= 0) {
      return 0;
    }
    return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.FLOOR).intValueExact();
  }

  /** "1 hour 52 minutes", "60 hours", "45 minutes", "0 hours". */
  public String of(BigDecimal hours) {
    int minutes = minutes(hours);
    int whole = minutes / 60;
    int rest = minutes % 60;
    String h = say(whole, "hours.hour", "hours.hours");
    if (rest == 0) {
      return h;
    }
    String m = say(rest, "hours.minute", "hours.minutes");
    return whole == 0
        ? m
        : messages.getMessage("hours.hoursAndMinutes", new Object[] {h, m}, locale);
  }

  /** "12 hours 30 minutes of 60 hours". */
  public String of(BigDecimal done, BigDecimal outOf) {
    return messages.getMessage("hours.of", new Object[] {of(done), of(outOf)}, locale);
  }

  private String say(int n, String one, String many) {
    return messages.getMessage(n == 1 ? one : many, new Object[] {String.valueOf(n)}, locale);
  }
}
