package org.tandem.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses text PostgreSQL cannot store — a NUL character (U+0000) — before it reaches SQL: in any
 * query or form parameter (as an interceptor, see {@link WebConfiguration}) and in any JSON body
 * (as request-body advice, where {@code \u0000} is the escape that makes one). Without this the
 * database refuses the statement and the caller gets a 500 instead of a 400. Nothing here keeps or
 * logs the value: a search for her name could be the one carrying it.
 */
@ControllerAdvice
class UnstorableText extends RequestBodyAdviceAdapter implements HandlerInterceptor {

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
    if (!(h instanceof HandlerMethod) || request.getDispatcherType() == DispatcherType.ERROR) {
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

  @Override
  public boolean supports(
      MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> c) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    byte[] body;
    try (InputStream in = message.getBody()) {
      body = in.readAllBytes();
    }
    MediaType type = message.getHeaders().getContentType();
    boolean json = type != null && type.getSubtype().contains("json");
    if (hasNul(body, json)) {
      throw new Refused();
    }
    HttpHeaders headers = message.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  /**
   * Whether the database refused a statement for the text it carried: the last guard, for text that
   * came some other way than a parameter or a JSON body.
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

  /** A raw zero byte, or in JSON an unescaped backslash followed by u0000. */
  static boolean hasNul(byte[] body, boolean json) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] == 0) {
        return true;
      }
      if (json && body[i] == '\\' && i + 1 < body.length) {
        if (body[i + 1] == 'u' && zeros(body, i + 2)) {
          return true;
        }
        i++; // the escaped character, so an escaped backslash cannot start an escape
      }
    }
    return false;
  }

  private static boolean zeros(byte[] body, int from) {
    if (from + 4 > body.length) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (body[i] != '0') {
        return false;
      }
    }
    return true;
  }
}
