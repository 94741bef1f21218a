package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tandem.web.Languages;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a small RFC 9457 problem-details body from a servlet filter, before MVC is reached, in the
 * language of the request. The language is read from the request itself: Spring MVC has not settled
 * it yet, and the locale Spring keeps for a filter is only the browser's Accept-Language, which the
 * pages do not follow.
 */
@Component
class Problems {

  private static final JsonMapper JSON = new JsonMapper();

  private final MessageSource messages;

  Problems(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem whose title and detail are the words of these keys. */
  void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String titleKey,
      String detailKey)
      throws IOException {
    Locale language = Languages.ofRequest(request);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", messages.getMessage(titleKey, null, language));
    problem.put("status", status.value());
    problem.put("detail", messages.getMessage(detailKey, null, language));
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
