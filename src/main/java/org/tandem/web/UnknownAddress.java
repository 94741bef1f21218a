package org.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers. No controller is involved, so neither the pages' nor the API's
 * handler sees it: a person in a browser gets the not-found page, an integrator under /api/ the
 * API's problem details, never Spring's own text quoting the address. It comes before Spring Boot's
 * problem-details handler, which would answer both in JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnknownAddress {

  private static final String PROBLEM =
      "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
          + "\"detail\":\"There is nothing at this address.\"}";

  @ExceptionHandler(NoResourceFoundException.class)
  ModelAndView notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(404);
    if (request.getRequestURI().startsWith("/api/")) {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getWriter().write(PROBLEM);
      return new ModelAndView();
    }
    return new ModelAndView("error/not-found");
  }
}
