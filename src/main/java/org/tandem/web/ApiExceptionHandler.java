package org.tandem.web;

import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
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
    return problem(HttpStatus.BAD_REQUEST, "unreadable.title", "unreadable.detail");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid.title", "mismatch.detail");
    p.setProperty("errors", List.of(Map.of("field", e.getName(), "message", words("wrongType"))));
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    events.publishEvent(new RequestRefused(404, e));
    return said(HttpStatus.NOT_FOUND, words("notFound.title"), e.said());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "notFound.title", "noResource.detail");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return said(
        HttpStatus.METHOD_NOT_ALLOWED,
        words("method.title"),
        WebWords.text("web.api.method.detail", e.getMethod()));
  }

  @ExceptionHandler(EditConflictException.class)
  ProblemDetail conflict(EditConflictException e) {
    return said(HttpStatus.CONFLICT, words("conflict.title"), e.said());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    events.publishEvent(new RequestRefused(403, e));
    return problem(HttpStatus.FORBIDDEN, "forbidden.title", "forbidden.detail");
  }

  @ExceptionHandler(UnstorableText.Refused.class)
  ProblemDetail unstorable(UnstorableText.Refused e) {
    return unstorable();
  }

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail unparsable(InvalidParameterException e) {
    // Tomcat could not decode the query string or a form body (a lone % or a bad byte in it).
    log.debug("Refused an API request: parameters that cannot be decoded");
    return problem(HttpStatus.BAD_REQUEST, "invalid.title", "undecodable.detail");
  }

  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException e) {
    // Spring Security's firewall refuses a parameter name with a control character in it when it
    // is first read. Its message quotes the name, so it is not passed on.
    log.debug("Refused an API request: the firewall rejected it");
    return problem(HttpStatus.BAD_REQUEST, "invalid.title", "rejected.detail");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupported(HttpMediaTypeNotSupportedException e) {
    log.debug("Refused an API request: an unsupported Content-Type");
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "unsupported.title",
        e.getSupportedMediaTypes().contains(MediaType.APPLICATION_JSON)
            ? "unsupported.json"
            : "unsupported.other");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return problem(HttpStatus.NOT_ACCEPTABLE, "notAcceptable.title", "notAcceptable.detail");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    // The parameter's name is the handler's own, never something the caller sent.
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid.title", "missing.detail");
    p.setProperty(
        "errors", List.of(Map.of("field", e.getParameterName(), "message", words("required"))));
    return p;
  }

  @ExceptionHandler({ServletRequestBindingException.class, MultipartException.class})
  ProblemDetail unbound(Exception e) {
    if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
      return fromSpring(known);
    }
    return problem(HttpStatus.BAD_REQUEST, "invalid.title", "unbound.detail");
  }

  @ExceptionHandler(InvalidPropertyException.class)
  ProblemDetail invalidProperty(InvalidPropertyException e) {
    // A parameter naming a list row far beyond the rows a form holds (areas[100000].name): the
    // binder refuses to grow the list that far. Its name is not repeated: the caller chose it.
    return problem(HttpStatus.BAD_REQUEST, "invalid.title", "invalidProperty.detail");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    if (UnstorableText.refusedByTheDatabase(e)) {
      log.warn("The database refused the text of an API request: {}", e.getClass().getName());
      return unstorable();
    }
    if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
      // One of Spring MVC's own refusals of a request as sent: its own detail can quote the
      // request, so only its status is passed on.
      return fromSpring(known);
    }
    // Only the type is logged: an exception's message can quote data.
    log.error("Unexpected failure of an API request: {}", e.getClass().getName());
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected.title", "unexpected.detail");
  }

  private static ProblemDetail fromSpring(ErrorResponse known) {
    HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
    log.debug("Refused an API request: {}", status);
    return said(status, WebWords.title(status), words("asSent.detail"));
  }

  private static ProblemDetail unstorable() {
    return problem(HttpStatus.BAD_REQUEST, "invalid.title", "unstorable.detail");
  }

  private static List<FieldProblem> bindProblems(BindException e) {
    // A value that could not be converted has a message quoting it, so it gets a message of ours.
    return e.getFieldErrors().stream()
        .map(
            f ->
                new FieldProblem(
                    f.getField(),
                    f.isBindingFailure() ? words("wrongType") : f.getDefaultMessage()))
        .toList();
  }

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail p =
        said(
            HttpStatus.BAD_REQUEST,
            words("invalid.title"),
            problems.size() == 1
                ? words("invalid.oneField")
                : WebWords.text("web.api.invalid.fields", String.valueOf(problems.size())));
    p.setProperty(
        "errors",
        problems.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    return p;
  }

  /** A problem whose title and detail are the words of these keys (under web.api.). */
  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    return said(status, words(title), words(detail));
  }

  /** A problem in words already in the reader's language. */
  private static ProblemDetail said(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }

  private static String words(String key) {
    return WebWords.text("web.api." + key);
  }
}
