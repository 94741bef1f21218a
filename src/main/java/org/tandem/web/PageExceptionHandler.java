package org.tandem.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Error pages for the pages: a clear message, never a stack trace or a submitted value. */
// Ordered before Spring Boot's problem-details handler (order 0), which would answer a page with
// JSON quoting the submitted value ("Failed to convert 'page' with value: ..."); and after
// ApiExceptionHandler, which answers every failure of the API.
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

  private final ApplicationEventPublisher events;

  PageExceptionHandler(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
  String notFound(Exception e, HttpServletResponse response) {
    events.publishEvent(new RequestRefused(404, e));
    response.setStatus(404);
    return "error/not-found";
  }

  @ExceptionHandler(AccessDeniedException.class)
  String forbidden(AccessDeniedException e, HttpServletResponse response) {
    events.publishEvent(new RequestRefused(403, e));
    response.setStatus(403);
    return "error/forbidden";
  }

  @ExceptionHandler(EditConflictException.class)
  String conflict(HttpServletResponse response) {
    response.setStatus(409);
    return "error/conflict";
  }

  @ExceptionHandler(TypeMismatchException.class)
  String badRequest(HttpServletResponse response) {
    response.setStatus(400);
    return "error/problem";
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response) {
    if (e instanceof ErrorResponse known) {
      // One of Spring MVC's own: a missing parameter, a method the address does not accept...
      response.setStatus(known.getStatusCode().value());
      return "error/problem";
    }
    log.error("Unexpected failure of a page request: {}", e.getClass().getName());
    response.setStatus(500);
    return "error/problem";
  }
}
