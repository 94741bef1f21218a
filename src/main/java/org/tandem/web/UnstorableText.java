package org.tandem.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Text PostgreSQL cannot store — a NUL character (U+0000) — is refused before it reaches SQL. A
 * GET's parameters (a search, a report's area) are never shown back in a form, so a NUL in one is a
 * 400 here, for every handler at once (registered in {@link WebConfiguration}). A form's fields and
 * a JSON body go through {@link Validation}, which names the field and keeps what was typed;
 * whatever still reaches the database is turned into a 400 by {@link #refusedByTheDatabase}.
 * Nothing here keeps or logs the value: a search for her name could be the one carrying it.
 */
@Component
class UnstorableText implements HandlerInterceptor {

  /** Invalid byte sequence for the encoding; unsupported Unicode escape (NUL in jsonb). */
  private static final Set<String> REFUSED_TEXT = Set.of("22021", "22P05");

  /** The request held text the database cannot store. */
  static final class Refused extends RuntimeException {
    Refused() {
      super("A NUL character in the request", null, false, false);
    }
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    // Only a controller can store text; a static file or the error page forwarded to after a
    // failure has nothing to refuse, and no handler of ours to answer the refusal.
    if (!(h instanceof HandlerMethod)
        || request.getDispatcherType() == DispatcherType.ERROR
        || !HttpMethod.GET.matches(request.getMethod())) {
      return true;
    }
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      if (hasNul(p.getKey())) {
        throw new Refused();
      }
      for (String value : p.getValue()) {
        if (hasNul(value)) {
          throw new Refused();
        }
      }
    }
    return true;
  }

  /**
   * Whether the database refused a statement for the text it carried: the last guard, for text that
   * came some other way than a GET's parameters or a validated form or body.
   */
  static boolean refusedByTheDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && REFUSED_TEXT.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNul(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }
}
