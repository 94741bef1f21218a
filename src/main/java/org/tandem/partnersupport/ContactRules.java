package org.tandem.partnersupport;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tandem.web.FieldProblem;

/**
 * What she has asked for is respected on every attempt: never by a way she refused, never without
 * the worker confirming it fell within her safe contact times, and outcomes that fit the method.
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
      problems.add(
          new FieldProblem(
              "method", "Record the letter and information pack on her record, not as an attempt"));
    } else if (method != null && doNotContactBy.contains(method)) {
      problems.add(
          new FieldProblem(
              "method",
              "She has asked not to be contacted by "
                  + words(method)
                  + ". Choose another way to reach her"));
    }
    if (attempt.attemptedOn() != null
        && attempt.attemptedAt() != null
        && attempt.attemptedOn().atTime(attempt.attemptedAt()).isAfter(nowInUk)) {
      problems.add(
          new FieldProblem("attemptedOn", "The attempt must be today or in the past, not later"));
    }
    if (safeTimesRecorded && !Boolean.TRUE.equals(attempt.withinSafeTimes())) {
      problems.add(
          new FieldProblem(
              "withinSafeTimes",
              "Confirm the attempt was within her safe contact times. If it was not, it should not"
                  + " have been made: speak to your manager"));
    }
    ContactOutcome outcome = attempt.outcome();
    if (method != null && outcome != null) {
      boolean meetingOutcome =
          outcome == ContactOutcome.MET_HER || outcome == ContactOutcome.DID_NOT_ATTEND;
      if (meetingOutcome && !method.outreach()) {
        problems.add(
            new FieldProblem("outcome", "Select an outcome for a " + words(method) + " attempt"));
      }
      if (method.outreach()
          && (outcome == ContactOutcome.NO_ANSWER || outcome == ContactOutcome.NOT_DELIVERED)) {
        problems.add(new FieldProblem("outcome", "Select an outcome for an outreach meeting"));
      }
    }
    return problems;
  }

  static String words(ContactMethod method) {
    return switch (method) {
      case PHONE -> "phone";
      case TEXT -> "text message";
      case EMAIL -> "email";
      case LETTER -> "letter";
      case OUTREACH_CHILDRENS_CENTRE, OUTREACH_SOCIAL_WORK_OFFICE, OUTREACH_OTHER ->
          "outreach meeting";
    };
  }
}
