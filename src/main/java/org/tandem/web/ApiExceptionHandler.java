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

  @ExceptionHandler(UnstorableText.Refused.class)
  ProblemDetail unstorable(UnstorableText.Refused e) {
    return unstorable();
  }

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail unparsable(InvalidParameterException e) {
    // Tomcat could not decode the query string or a form body (a lone % or a bad byte in it).
    log.debug("Refused an API request: parameters that cannot be decoded");
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "The query string or the form body could not be decoded: check its %-escapes and that it"
            + " is UTF-8.");
  }

  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException e) {
    // Spring Security's firewall refuses a parameter name with a control character in it when it
    // is first read. Its message quotes the name, so it is not passed on.
    log.debug("Refused an API request: the firewall rejected it");
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "A parameter name or the address holds a character that is not allowed.");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupported(HttpMediaTypeNotSupportedException e) {
    log.debug("Refused an API request: an unsupported Content-Type");
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Unsupported media type",
        e.getSupportedMediaTypes().contains(MediaType.APPLICATION_JSON)
            ? "Send the body as JSON, with the header Content-Type: application/json."
            : "This address does not take a body of that type; see the API documentation.");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return problem(
        HttpStatus.NOT_ACCEPTABLE,
        "Not acceptable",
        "This address answers in JSON, or in the document type its documentation names; ask for"
            + " that in the Accept header.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    // The parameter's name is the handler's own, never something the caller sent.
    ProblemDetail p =
        problem(HttpStatus.BAD_REQUEST, "Invalid request", "A required parameter is missing.");
    p.setProperty(
        "errors", List.of(Map.of("field", e.getParameterName(), "message", "Is required")));
    return p;
  }

  @ExceptionHandler({ServletRequestBindingException.class, MultipartException.class})
  ProblemDetail unbound(Exception e) {
    if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
      return fromSpring(known);
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "A required parameter, header or file is missing or could not be read.");
  }

  @ExceptionHandler(InvalidPropertyException.class)
  ProblemDetail invalidProperty(InvalidPropertyException e) {
    // A parameter naming a list row far beyond the rows a form holds (areas[100000].name): the
    // binder refuses to grow the list that far. Its name is not repeated: the caller chose it.
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "A parameter names a field or a list row that does not exist.");
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
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "Nothing was saved. Try again; if it keeps happening, tell your system administrator.");
  }

  private static ProblemDetail fromSpring(ErrorResponse known) {
    HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
    log.debug("Refused an API request: {}", status);
    return problem(
        status,
        status.getReasonPhrase(),
        "The request could not be handled as sent; see the API documentation for this address.");
  }

  private static ProblemDetail unstorable() {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "The request holds a NUL character (U+0000), which cannot be stored. Remove it and send"
            + " the request again.");
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
