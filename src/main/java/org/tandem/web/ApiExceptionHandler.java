package org.tandem.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API request into an RFC 9457 problem-details body. Nothing here repeats
 * a submitted value or a stack trace, so neither a response nor a log line can carry a partner's
 * details out.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private static final String WRONG_TYPE = "Has the wrong type";

  private final ApplicationEventPublisher events;

  ApiExceptionHandler(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    return invalid(e.problems());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    return invalid(bindProblems(e));
  }

  @ExceptionHandler(BindException.class)
  ProblemDetail invalid(BindException e) {
    return invalid(bindProblems(e));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    // The parser's own message quotes the offending input, so it is not passed on or logged.
    return problem(
        HttpStatus.BAD_REQUEST,
        "Unreadable request",
        "The request body is not valid JSON of the expected shape. Check field names, enum values and dates (YYYY-MM-DD).");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p =
        problem(HttpStatus.BAD_REQUEST, "Invalid request", "A parameter has the wrong type.");
    p.setProperty("errors", List.of(Map.of("field", e.getName(), "message", WRONG_TYPE)));
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    events.publishEvent(new RequestRefused(404, e));
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return problem(
        HttpStatus.METHOD_NOT_ALLOWED,
        "Method not allowed",
        "This address does not accept " + e.getMethod() + ".");
  }

  @ExceptionHandler(EditConflictException.class)
  ProblemDetail conflict(EditConflictException e) {
    return problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    events.publishEvent(new RequestRefused(403, e));
    return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    // Only the type is logged: an exception's message can quote data.
    log.error("Unexpected failure of an API request: {}", e.getClass().getName());
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "Nothing was saved. Try again; if it keeps happening, tell your system administrator.");
  }

  private static List<FieldProblem> bindProblems(BindException e) {
    // A value that could not be converted has a message quoting it, so it gets a message of ours.
    return e.getFieldErrors().stream()
        .map(
            f ->
                new FieldProblem(
                    f.getField(), f.isBindingFailure() ? WRONG_TYPE : f.getDefaultMessage()))
        .toList();
  }

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            problems.size() == 1
                ? "1 field is invalid."
                : problems.size() + " fields are invalid.");
    p.setProperty(
        "errors",
        problems.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    return p;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
