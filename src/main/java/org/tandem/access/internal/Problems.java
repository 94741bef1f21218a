package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tandem.web.Languages;

/**
 * Writes a small RFC 9457 problem-details body from a servlet filter, before MVC is reached, in the
 * language of the request. The language is read from the request itself: Spring MVC has not settled
 * it yet, and the locale Spring keeps for a filter is only the browser's Accept-Language, which the
 * pages do not follow.
 */
@Component
class Problems {

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
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + json(messages.getMessage(titleKey, null, language))
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + json(messages.getMessage(detailKey, null, language))
                + "\"}");
  }

  /** The words as a JSON string's content: a translation may hold a quote or a backslash. */
  private static String json(String words) {
    return words.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
