package org.tandem.access.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.tandem.access.ApiTokens;
import org.tandem.web.DateInput;

/** A new API token as typed on the account page, kept so that a mistake can be shown back. */
public class TokenForm {

  /** How long a new token works: a choice of common lengths, or until a day of the owner's own. */
  public enum Lasts {
    DAYS_30,
    DAYS_90,
    YEAR,
    DATE
  }

  private String name = "";
  private ApiTokens.Scope scope;
  private Lasts lasts = Lasts.DAYS_90;
  private DateInput lastDay = new DateInput();

  /** The last day each fixed length gives a token made today, to show beside the choice. */
  static Map<Lasts, LocalDate> lastDays(LocalDate today) {
    Map<Lasts, LocalDate> days = new EnumMap<>(Lasts.class);
    TokenForm form = new TokenForm();
    for (Lasts l : Lasts.values()) {
      if (l != Lasts.DATE) {
        form.setLasts(l);
        days.put(l, form.lastDay(today));
      }
    }
    return days;
  }

  /** The last day the token works, counted from today; null when none was chosen or readable. */
  LocalDate lastDay(LocalDate today) {
    if (lasts == null) {
      return null;
    }
    return switch (lasts) {
      case DAYS_30 -> today.plusDays(30);
      case DAYS_90 -> today.plusDays(90);
      case YEAR -> today.plusYears(1);
      case DATE -> lastDay.toDate();
    };
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ApiTokens.Scope getScope() {
    return scope;
  }

  public void setScope(ApiTokens.Scope scope) {
    this.scope = scope;
  }

  public Lasts getLasts() {
    return lasts;
  }

  public void setLasts(Lasts lasts) {
    this.lasts = lasts;
  }

  public DateInput getLastDay() {
    return lastDay;
  }

  public void setLastDay(DateInput lastDay) {
    this.lastDay = lastDay;
  }
}
