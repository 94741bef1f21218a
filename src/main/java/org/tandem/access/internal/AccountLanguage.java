package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.web.Languages;

/**
 * Keeps a signed-in person's language on their account, so that it follows them to another device.
 * Once per session, on the first page after signing in, it is settled: a language chosen on the
 * sign-in page just before is kept on the account; otherwise the account's language, if they have
 * chosen one before, is applied (to the session and to this browser's cookie); otherwise a language
 * this browser chose before becomes the account's. Every switch while signed in is kept on the
 * account. API calls (no session) are left alone.
 */
@Component
class AccountLanguage implements HandlerInterceptor, WebMvcConfigurer {

  private static final String SETTLED = "tandem.language.settled";
  private static final String CHOSEN_BEFORE_SIGN_IN = "tandem.language.chosenBeforeSignIn";

  private final CurrentUsers currentUsers;
  private final JdbcClient jdbc;
  private final LocaleResolver languages;

  AccountLanguage(CurrentUsers currentUsers, JdbcClient jdbc, @Lazy LocaleResolver languages) {
    this.currentUsers = currentUsers;
    this.jdbc = jdbc;
    this.languages = languages;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).order(Languages.SWITCH_ORDER + 1);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Optional<Locale> switched = Languages.asked(request);
    CurrentUser me = currentUsers.currentOrNull();
    if (me == null) {
      // The sign-in form keeps a session already (its CSRF token), which survives signing in.
      switched.ifPresent(
          l -> request.getSession().setAttribute(CHOSEN_BEFORE_SIGN_IN, l.getLanguage()));
      return true;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return true;
    }
    if (switched.isPresent()) {
      keep(me, switched.get());
    } else if (session.getAttribute(SETTLED) == null) {
      settle(me, session, request, response);
    }
    session.setAttribute(SETTLED, true);
    session.removeAttribute(CHOSEN_BEFORE_SIGN_IN);
    return true;
  }

  private void settle(
      CurrentUser me,
      HttpSession session,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<Locale> chosenJustNow =
        session.getAttribute(CHOSEN_BEFORE_SIGN_IN) instanceof String tag
            ? Languages.of(tag)
            : Optional.empty();
    Locale now = chosenJustNow.orElseGet(() -> languages.resolveLocale(request));
    Optional<Locale> kept = chosenJustNow.isPresent() ? Optional.empty() : kept(me);
    if (kept.isEmpty() && (chosenJustNow.isPresent() || !now.equals(Languages.ENGLISH))) {
      keep(me, now);
    }
    // Into the session as well as the cookie, so it holds where cookies are refused.
    languages.setLocale(request, response, kept.orElse(now));
  }

  private Optional<Locale> kept(CurrentUser me) {
    return jdbc
        .sql("SELECT language FROM app_user WHERE id = :id")
        .param("id", me.id())
        .query(String.class)
        .list()
        .stream()
        .filter(Objects::nonNull)
        .findFirst()
        .flatMap(Languages::of);
  }

  private void keep(CurrentUser me, Locale language) {
    jdbc.sql(
            "UPDATE app_user SET language = :language WHERE id = :id"
                + " AND language IS DISTINCT FROM :language")
        .param("language", language.getLanguage())
        .param("id", me.id())
        .update();
  }
}
