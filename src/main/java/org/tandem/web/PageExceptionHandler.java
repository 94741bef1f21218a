package org.tandem.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Error pages for the pages: a clear message, never a stack trace or a submitted value. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

  @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
  String notFound(HttpServletResponse response) {
    response.setStatus(404);
    return "error/not-found";
  }

  @ExceptionHandler(AccessDeniedException.class)
  String forbidden(HttpServletResponse response) {
    response.setStatus(403);
    return "error/forbidden";
  }

  @ExceptionHandler(EditConflictException.class)
  String conflict(HttpServletResponse response) {
    response.setStatus(409);
    return "error/conflict";
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response) {
    log.error("Unexpected failure of a page request: {}", e.getClass().getName());
    response.setStatus(500);
    return "error/problem";
  }
}
