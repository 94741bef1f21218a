package org.tandem.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
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

  // A value of the wrong type, a list row far beyond the form's (planner areas[100000]), a NUL
  // that the database could not store, a parameter name the firewall refuses, a query or form that
  // cannot be decoded, a body or an upload that cannot be read: the request as sent was wrong, not
  // the service. Logged without the value, which could be her name.
  @ExceptionHandler({
    TypeMismatchException.class,
    InvalidPropertyException.class,
    UnstorableText.Refused.class,
    RequestRejectedException.class,
    InvalidParameterException.class,
    HttpMessageNotReadableException.class,
    ServletRequestBindingException.class,
    MultipartException.class
  })
  String badRequest(Exception e, HttpServletResponse response) {
    if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
      return fromSpring(known, response);
    }
    log.debug("Refused a page request: {}", e.getClass().getSimpleName());
    response.setStatus(400);
    return "error/bad-request";
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response) {
    if (UnstorableText.refusedByTheDatabase(e)) {
      log.warn("The database refused the text of a page request: {}", e.getClass().getName());
      response.setStatus(400);
      return "error/bad-request";
    }
    if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
      // One of Spring MVC's own: a missing parameter, a method the address does not accept...
      return fromSpring(known, response);
    }
    log.error("Unexpected failure of a page request: {}", e.getClass().getName());
    response.setStatus(500);
    return "error/problem";
  }

  private static String fromSpring(ErrorResponse known, HttpServletResponse response) {
    int status = known.getStatusCode().value();
    log.debug("Refused a page request: {}", status);
    response.setStatus(status);
    return status == 404 ? "error/not-found" : "error/bad-request";
  }
}
