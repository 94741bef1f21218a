package org.tandem.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a request that failed outside any controller gets — an address Tomcat refuses to parse, a
 * filter's failure — in place of Spring Boot's: a GOV.UK page for a person, problem details for
 * anyone else, chosen by the status the container forwards. Nothing of the request or the failure
 * is shown. Asked for directly, /error is an address with nothing at it: 404, where Spring Boot's
 * answered 500.
 */
@Controller
// An error can befall anyone, signed in or not, and must be answered either way.
@PreAuthorize("permitAll()")
class ErrorPages implements ErrorController {

  @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = status(request);
    response.setStatus(status.value());
    return switch (status) {
      case NOT_FOUND -> "error/not-found";
      case FORBIDDEN -> "error/forbidden";
      case CONTENT_TOO_LARGE -> "error/413";
      default -> status.is5xxServerError() ? "error/problem" : "error/bad-request";
    };
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            WebWords.text(
                status.is5xxServerError() ? "web.api.unexpected.detail" : "web.api.asSent.short"));
    problem.setTitle(WebWords.title(status));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpStatus status(HttpServletRequest request) {
    // Forwarded by the container, the request carries its status; asked for directly, it has none.
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!(code instanceof Integer value)) {
      return HttpStatus.NOT_FOUND;
    }
    HttpStatus status = HttpStatus.resolve(value);
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
