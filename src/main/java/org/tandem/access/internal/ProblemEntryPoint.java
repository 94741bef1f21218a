package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers an unauthenticated API request with a problem-details body, not a sign-in page. */
class ProblemEntryPoint implements AuthenticationEntryPoint {

  private final HttpStatus status;
  private final Problems problems;

  ProblemEntryPoint(HttpStatus status, Problems problems) {
    this.status = status;
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      // The same answer for a token that never existed, a revoked one and an expired one, so that
      // nobody learns which tokens exist; its owner still learns what to do.
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      problems.write(
          request,
          response,
          status,
          "access.api.problem.invalidToken.title",
          "access.api.problem.invalidToken.detail");
      return;
    }
    response.setHeader("WWW-Authenticate", "Bearer");
    problems.write(
        request,
        response,
        status,
        "access.api.problem.noToken.title",
        "access.api.problem.noToken.detail");
  }
}
