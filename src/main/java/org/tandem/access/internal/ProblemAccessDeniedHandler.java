package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

class ProblemAccessDeniedHandler implements AccessDeniedHandler {

  private final Refusals refusals;
  private final Problems problems;

  ProblemAccessDeniedHandler(Refusals refusals, Problems problems) {
    this.refusals = refusals;
    this.problems = problems;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    refusals.refused(request, HttpStatus.FORBIDDEN.value(), e);
    // The same words as a refusal by a role check on a controller method (ApiExceptionHandler).
    problems.write(
        request,
        response,
        HttpStatus.FORBIDDEN,
        "web.api.forbidden.title",
        "web.api.forbidden.detail");
  }
}
