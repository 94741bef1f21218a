package org.tandem.web;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What has already been worked out while answering the current request, so that a page that shows a
 * case through several features opens it, decides access to it and records reading it once. Outside
 * a request (start-up, the demo loader) nothing is remembered.
 */
public final class ThisRequest {

  private static final String PREFIX = ThisRequest.class.getName() + ".";

  private ThisRequest() {}

  /** The value already worked out under this key in this request, or a newly made one. */
  @SuppressWarnings("unchecked")
  public static <T> T remember(String key, Supplier<T> make) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return make.get();
    }
    Object known = request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
    if (known != null) {
      return (T) known;
    }
    T made = make.get();
    request.setAttribute(PREFIX + key, made, RequestAttributes.SCOPE_REQUEST);
    return made;
  }

  /** True the first time this is asked with this key in this request (and always outside one). */
  public static boolean firstTime(String key) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return true;
    }
    if (request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST) != null) {
      return false;
    }
    request.setAttribute(PREFIX + key, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    return true;
  }
}
