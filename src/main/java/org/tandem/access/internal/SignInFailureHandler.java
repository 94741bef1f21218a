package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts a failed sign-in and sends the browser back to the sign-in page. Every failure is answered
 * the same way, whatever the reason (wrong password, no such account, a withdrawn one, or an
 * attempt refused while a wait runs), so that the answer never tells a stranger which names are
 * real.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

  private final SignInThrottle throttle;

  SignInFailureHandler(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    throttle.failed(request.getParameter("username"), request.getRemoteAddr());
    // The address only: what was typed as a name is sometimes the password, or a real person's.
    log.info("A sign-in failed from {}", request.getRemoteAddr());
    answer(request, response);
  }

  /** The one answer to every failed sign-in. */
  static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendRedirect(request.getContextPath() + "/sign-in?failed");
  }
}
