package org.tandem.programme;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;

/**
 * The programme's problems and banners in the language the user reads: its rules and pages name
 * each wording by its key in messages-programme, and this turns the key into words for the page or
 * the API's problem details.
 */
@Component
public class ProgrammeWords {

  private final MessageSource messages;

  ProgrammeWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The wording of this key, with its arguments, in the request's language. */
  public String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** A problem beside its field. */
  public FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  /** A request refused for one problem beside its field. */
  public InvalidRequestException invalid(String field, String key, Object... args) {
    return new InvalidRequestException(List.of(problem(field, key, args)));
  }

  /** Nothing the user may see, in words the API passes on. */
  public NotFoundException notFound(String key) {
    return new NotFoundException(say(key));
  }

  /** Someone changed the record since it was read; {@code whatKey} names the record. */
  public EditConflictException conflict(String whatKey) {
    return new EditConflictException(say(whatKey));
  }
}
