package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

class ProblemAccessDeniedHandler implements AccessDeniedHandler {

  private final Refusals refusals;

  ProblemAccessDeniedHandler(Refusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    refusals.refused(request, HttpStatus.FORBIDDEN.value(), e);
    Problems.write(
        response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request.");
  }
}
