package org.tandem.programme;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * the API's problem details. Templates call it as {@code @programmeWords.reviewReason(review)}.
 */
@Component("programmeWords")
public class ProgrammeWords {

  /** The reasons the service itself gives the reviews it opens, as they are stored. */
  static final String WEEK_12_REVIEW = "Week 12 review";

  static final String COMPLETION_REVIEW = "Completion review";

  private static final Pattern ABSENCES =
      Pattern.compile("(\\d+) absences without reason in a row");

  private final MessageSource messages;

  ProgrammeWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The wording of this key, with its arguments, in the request's language. */
  public String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** The reason stored for a review prompted by this many absences without reason in a row. */
  static String absencesReview(int run) {
    return run + " absences without reason in a row";
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

  /**
   * A review's reason as the reviews pages show it. The service stores its own reasons in English
   * (the API and the generated data give them so); those are shown in the reader's language, and
   * any other reason as it was stored.
   */
  public String reviewReason(ProgrammeReviewDue review) {
    String reason = review.reason();
    if (reason == null) {
      return null;
    }
    Matcher absences = ABSENCES.matcher(reason);
    if (absences.matches()) {
      return say("programme.reviewReason.absences", absences.group(1));
    }
    return switch (reason) {
      case WEEK_12_REVIEW -> say("programme.reviewReason.week12");
      case COMPLETION_REVIEW -> say("programme.reviewReason.completion");
      default -> reason;
    };
  }
}
