package org.tandem.access.internal;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.Languages;

/**
 * What the owner of an account is told when they sign in after others have tried to: how many
 * failed sign-ins named their account since they last signed in, and when the last was. It lives in
 * their session (so it is Serializable: sessions are kept in PostgreSQL), shown once on the page
 * they start on and on their account page for as long as the session lasts.
 */
public record SignInWarning(int failures, Instant lastFailureAt) implements Serializable {

  /** The model attribute the layout shows the banner from. */
  static final String MODEL = "signInWarning";

  private static final String KEPT = "tandem.signInWarning";
  private static final String SHOWN = "tandem.signInWarning.shown";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma");

  void keepIn(HttpSession session) {
    session.setAttribute(KEPT, this);
    session.removeAttribute(SHOWN);
  }

  /** The warning of this session, if its sign-in came after failures. */
  static Optional<SignInWarning> of(HttpSession session) {
    return session.getAttribute(KEPT) instanceof SignInWarning w
        ? Optional.of(w)
        : Optional.empty();
  }

  /** The warning the first time it is asked for in this session, then never again. */
  static Optional<SignInWarning> once(HttpSession session) {
    if (session.getAttribute(SHOWN) != null) {
      return Optional.empty();
    }
    Optional<SignInWarning> warning = of(session);
    warning.ifPresent(w -> session.setAttribute(SHOWN, Boolean.TRUE));
    return warning;
  }

  /**
   * The day of the last failure in London, as GOV.UK writes dates, in the page's language: "4
   * December 2026", "4 Rhagfyr 2026".
   */
  public String day() {
    return DAY.withLocale(Languages.current()).format(local());
  }

  /** Its time in London, as GOV.UK writes times: "3:15pm", "3:15yh". */
  public String time() {
    Locale language = Languages.current();
    return TIME.withLocale(language).format(local()).toLowerCase(language);
  }

  private ZonedDateTime local() {
    return lastFailureAt.atZone(ServiceClock.ZONE);
  }
}
