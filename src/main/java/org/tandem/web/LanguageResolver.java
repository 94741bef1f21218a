package org.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Which language a request is answered in: the one chosen in this session (a signed-in person's,
 * from their account), else the one this browser chose before (a cookie), else English. The cookie
 * is long-lived so that a visitor's choice lasts beyond signing out; it is Secure whenever the
 * request is (as the session cookie is, behind the council's proxy), HttpOnly and SameSite=Lax.
 * Only an offered language (see {@link Languages}) is ever taken, from the cookie or from a switch.
 */
class LanguageResolver implements LocaleResolver {

  static final String COOKIE = "tandem-language";

  /** The session's language, kept in the session so it holds even where cookies are refused. */
  static final String SESSION = "tandem.language";

  private static final String THIS_REQUEST = LanguageResolver.class.getName() + ".locale";
  private static final Duration KEPT_FOR = Duration.ofDays(400);

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (request.getAttribute(THIS_REQUEST) instanceof Locale locale) {
      return locale;
    }
    Locale locale = fromSession(request).or(() -> fromCookie(request)).orElse(Languages.ENGLISH);
    request.setAttribute(THIS_REQUEST, locale);
    return locale;
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale chosen) {
    Optional<Locale> offered =
        Optional.ofNullable(chosen).flatMap(c -> Languages.of(c.getLanguage()));
    if (offered.isEmpty()) {
      // Anything but an offered language is ignored: the page stays in the language it was in.
      return;
    }
    Locale locale = offered.get();
    request.setAttribute(THIS_REQUEST, locale);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(SESSION, locale.getLanguage());
    }
    if (response != null && !response.isCommitted()) {
      response.addHeader(
          "Set-Cookie",
          ResponseCookie.from(COOKIE, locale.getLanguage())
              .path("/")
              .maxAge(KEPT_FOR)
              .httpOnly(true)
              .secure(request.isSecure())
              .sameSite("Lax")
              .build()
              .toString());
    }
  }

  private static Optional<Locale> fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SESSION) instanceof String tag
        ? Languages.of(tag)
        : Optional.empty();
  }

  private static Optional<Locale> fromCookie(HttpServletRequest request) {
    var cookie = WebUtils.getCookie(request, COOKIE);
    return cookie == null ? Optional.empty() : Languages.of(cookie.getValue());
  }
}
