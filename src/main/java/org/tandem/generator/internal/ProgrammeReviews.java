package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The reviews of his place: week 12 and completion, opened when he is offered the place (as the
 * service opens them), held when he gets there, with an update report to a referrer who had the
 * risk identification report; and the review that three absences in a row prompt. A review whose
 * day he never reached stays open on his closed place, as it does in the service.
 */
final class ProgrammeReviews {

  private final Tables t;

  ProgrammeReviews(Tables t) {
    this.t = t;
  }

  /**
   * Writes the place's reviews given how many weeks he was marked at, whether he completed, and the
   * day of the third session he missed in a row if he left for that.
   */
  void write(
      Journey j,
      long enrolment,
      LocalDate intake,
      Instant opened,
      int weeksMarked,
      boolean completed,
      LocalDate thirdMissed) {
    SplittableRandom r = j.r;
    String worker = j.place.perpetratorWorker();
    LocalDate week12 = intake.plusWeeks(11);
    LocalDate held = weeksMarked >= 12 ? held(j, week12) : null;
    review(j, enrolment, "WEEK_12", "Week 12 review", week12, opened, held, worker);
    if (held != null && j.reportsToReferrer) {
      Referrers.update(
          j, "UPDATE_WEEK_12", enrolment, held, "Attending; beginning to name his abuse.");
    }
    LocalDate completion = intake.plusWeeks(GroupPlace.WEEKS - 1);
    held = completed ? held(j, completion) : null;
    review(j, enrolment, "COMPLETION", "Completion review", completion, opened, held, worker);
    if (held != null && j.reportsToReferrer) {
      Referrers.update(
          j, "UPDATE_COMPLETION", enrolment, held, "Completed the programme; risk reduced.");
    }
    if (thirdMissed != null) {
      LocalDate due = thirdMissed.plusDays(7);
      LocalDate done = thirdMissed.plusDays(Odds.between(r, 1, 6));
      review(
          j,
          enrolment,
          "ABSENCES",
          "3 absences without reason in a row",
          due,
          Odds.during(r, thirdMissed),
          j.happened(done) ? done : null,
          worker);
    }
  }

  private static LocalDate held(Journey j, LocalDate due) {
    LocalDate on = due.plusDays(Odds.between(j.r, -3, 7));
    return j.happened(on) ? on : null;
  }

  private void review(
      Journey j,
      long enrolment,
      String kind,
      String reason,
      LocalDate due,
      Instant created,
      LocalDate done,
      String worker) {
    t.programmeReview.row(
        t.programmeReview.nextId(),
        enrolment,
        kind,
        reason,
        due,
        created,
        done,
        done == null ? null : worker,
        done == null ? null : outcome(kind));
    if (done != null) {
      Instant at = Odds.during(j.r, done);
      j.audit(at, worker, "READ", "programme record");
      j.audit(at, worker, "UPDATE", "programme review");
    }
  }

  private static String outcome(String kind) {
    switch (kind) {
      case "WEEK_12":
        return "Progressing: he continues on the programme.";
      case "COMPLETION":
        return "Completed: the completion report goes to the referrer.";
      default:
        return "He has stopped coming: his place is ended and partner support told.";
    }
  }
}
