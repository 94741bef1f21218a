package org.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers, or that nothing answers with this method or content type. No
 * controller is involved, so neither the pages' nor the API's handler sees it: a person in a
 * browser gets a GOV.UK error page, an integrator under /api/ the API's problem details, never
 * Spring's own text quoting the address. It comes before Spring Boot's problem-details handler,
 * which would answer both in JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnknownAddress {

  private static final String PROBLEM =
      "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}";

  @ExceptionHandler(NoResourceFoundException.class)
  ModelAndView notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    return answer(
        request, response, HttpStatus.NOT_FOUND, "web.api.noResource.detail", "not-found");
  }

  @ExceptionHandler({
    HttpRequestMethodNotSupportedException.class,
    HttpMediaTypeNotSupportedException.class,
    HttpMediaTypeNotAcceptableException.class
  })
  ModelAndView notThisWay(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ErrorResponse known = (ErrorResponse) e;
    // Allow for a method, Accept for a content type: what the caller may use instead.
    known.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
    String detailKey =
        switch (status) {
          case METHOD_NOT_ALLOWED -> "web.api.unknown.method";
          case UNSUPPORTED_MEDIA_TYPE -> "web.api.unknown.mediaType";
          default -> "web.api.unknown.notAcceptable";
        };
    return answer(request, response, status, detailKey, "bad-request");
  }

  private static ModelAndView answer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String detailKey,
      String page)
      throws IOException {
    response.setStatus(status.value());
    if (request.getRequestURI().startsWith("/api/")) {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              PROBLEM.formatted(WebWords.title(status), status.value(), WebWords.text(detailKey)));
      return new ModelAndView();
    }
    return new ModelAndView("error/" + page);
  }
}
