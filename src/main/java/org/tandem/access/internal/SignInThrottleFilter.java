package org.tandem.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's authentication: while a wait runs for the client's address or
 * for the username typed, the attempt is refused without the password being checked, answered as
 * every other failed sign-in is. The address is the client's as Tomcat's RemoteIpValve gives it,
 * believing X-Forwarded-For only from the council's own proxies.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

  private final SignInThrottle throttle;

  SignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = request.getParameter("username");
    if (username != null && throttle.mustWait(username, request.getRemoteAddr())) {
      throttle.refused(username);
      SignInFailureHandler.answer(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
