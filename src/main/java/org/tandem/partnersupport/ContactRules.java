package org.tandem.partnersupport;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tandem.web.FieldProblem;

/**
 * What she has asked for is respected on every attempt: never by a way she refused, never without
 * the worker confirming it fell within her safe contact times, and outcomes that fit the method.
 * Each problem names its wording by its key in the bundle, for the page to say in the user's
 * language.
 */
public final class ContactRules {

  private ContactRules() {}

  public static List<FieldProblem> problems(
      NewContactAttempt attempt,
      Set<ContactMethod> doNotContactBy,
      boolean safeTimesRecorded,
      LocalDateTime nowInUk) {
    List<FieldProblem> problems = new ArrayList<>();
    ContactMethod method = attempt.method();
    if (method == ContactMethod.LETTER) {
      problems.add(new FieldProblem("method", "partnersupport.problem.attempt.letter"));
    } else if (method != null && doNotContactBy.contains(method)) {
      problems.add(
          new FieldProblem("method", "partnersupport.problem.attempt.refused." + words(method)));
    }
    if (attempt.attemptedOn() != null
        && attempt.attemptedAt() != null
        && attempt.attemptedOn().atTime(attempt.attemptedAt()).isAfter(nowInUk)) {
      problems.add(new FieldProblem("attemptedOn", "partnersupport.problem.attempt.later"));
    }
    if (safeTimesRecorded && !Boolean.TRUE.equals(attempt.withinSafeTimes())) {
      problems.add(new FieldProblem("withinSafeTimes", "partnersupport.problem.attempt.safeTimes"));
    }
    ContactOutcome outcome = attempt.outcome();
    if (method != null && outcome != null) {
      boolean meetingOutcome =
          outcome == ContactOutcome.MET_HER || outcome == ContactOutcome.DID_NOT_ATTEND;
      if (meetingOutcome && !method.outreach()) {
        problems.add(
            new FieldProblem(
                "outcome", "partnersupport.problem.attempt.outcomeFor." + words(method)));
      }
      if (method.outreach()
          && (outcome == ContactOutcome.NO_ANSWER || outcome == ContactOutcome.NOT_DELIVERED)) {
        problems.add(
            new FieldProblem("outcome", "partnersupport.problem.attempt.outcomeFor.outreach"));
      }
    }
    return problems;
  }

  /** The end of a problem's key that names the method: the three outreach meetings are one. */
  static String words(ContactMethod method) {
    return switch (method) {
      case PHONE -> "phone";
      case TEXT -> "text";
      case EMAIL -> "email";
      case LETTER -> "letter";
      case OUTREACH_CHILDRENS_CENTRE, OUTREACH_SOCIAL_WORK_OFFICE, OUTREACH_OTHER -> "outreach";
    };
  }
}
