package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * His place on a rolling weekly group: he waits for the next intake (every six weeks), attends week
 * by week with a mark for each session, and completes the 32 weeks or leaves early. Each group's
 * session is made the first time a man is marked at it, so every session has its register.
 */
public final class GroupPlace {

  private static final String[] MARKS = {
    "ATTENDED", "LATE", "ABSENT_WITH_REASON", "ABSENT_WITHOUT_REASON"
  };
  private static final double[] MARK_WEIGHTS = {0.80, 0.07, 0.09, 0.04};
  private static final int WEEKS = 32;
  private static final int INTAKE_EVERY = 6;
  private static final double REJOIN = 0.3;

  private final Tables t;
  private final List<Long> curriculumSessions;
  private final Map<Long, Long> sessions = new HashMap<>();

  public GroupPlace(Tables t, List<Long> curriculumSessions) {
    this.t = t;
    this.curriculumSessions = curriculumSessions;
  }

  void place(Journey j, LocalDate decidedOn) {
    SplittableRandom r = j.r;
    LocalDate exited = enrol(j, decidedOn.plusDays(Odds.between(r, 1, 7)));
    // Some men who left early ask for a place again and are offered one on a later intake.
    if (exited != null && Odds.chance(r, REJOIN)) {
      LocalDate again = exited.plusWeeks(Odds.between(r, 4, 16));
      if (j.happened(again)) {
        exited = enrol(j, again);
      }
    }
    if (exited != null) {
      LocalDate closed = exited.plusDays(Odds.between(r, 14, 45));
      if (j.happened(closed) && Odds.chance(r, 0.7)) {
        j.close(closed, "DID_NOT_RETURN");
      }
    }
  }

  /** One place on a group from the day it is offered; the day he left early, if he did. */
  private LocalDate enrol(Journey j, LocalDate enrolled) {
    SplittableRandom r = j.r;
    Place.Group group = Odds.pickFrom(r, j.place.groups());
    if (!j.happened(enrolled)) {
      return null;
    }
    long firstWeek = ChronoUnit.WEEKS.between(group.firstSession(), enrolled) + 1;
    long intakeWeek = (firstWeek + INTAKE_EVERY - 1) / INTAKE_EVERY * INTAKE_EVERY;
    LocalDate intake = group.firstSession().plusWeeks(intakeWeek);
    String worker = j.place.perpetratorWorker();
    long enrolment = t.enrolment.nextId();
    Instant enrolledAt = Odds.during(r, enrolled);
    j.move("WAITING_FOR_GROUP", enrolled, "Place offered on a group", worker);
    j.audit(enrolledAt, worker, "CREATE", "group place");
    if (!j.happened(intake)) {
      t.enrolment.row(
          enrolment,
          j.referralId,
          group.id(),
          intake,
          "WAITING",
          null,
          enrolledAt,
          enrolledAt,
          worker);
      return null;
    }
    j.move("IN_PROGRAMME", intake, "First session attended", worker);
    boolean completes = Odds.chance(r, 0.45);
    int leavesAfter = completes ? WEEKS : Odds.between(r, 2, WEEKS - 1);
    LocalDate last = intake;
    int week = 0;
    for (; week < leavesAfter; week++) {
      LocalDate day = intake.plusWeeks(week);
      if (!j.happened(day)) {
        break;
      }
      // He comes to his first session; a man about to leave stops coming.
      String mark =
          week == 0
              ? "ATTENDED"
              : !completes && week >= leavesAfter - 3
                  ? "ABSENT_WITHOUT_REASON"
                  : Odds.weighted(r, MARKS, MARK_WEIGHTS);
      mark(j, group, intakeWeek + week, day, enrolment, mark, week);
      last = day;
    }
    String status;
    String reason = null;
    LocalDate changed = intake;
    if (week < leavesAfter) {
      status = "ATTENDING";
    } else if (completes) {
      status = "COMPLETED";
      changed = last;
      j.move("COMPLETED", last, "Completed the programme", worker);
      LocalDate closed = last.plusDays(Odds.between(r, 20, 60));
      if (j.happened(closed) && Odds.chance(r, 0.6)) {
        j.close(closed, "COMPLETED");
      }
    } else {
      status = "EXITED";
      reason = "Three sessions missed without a reason";
      changed = last.plusDays(Odds.between(r, 1, 6));
      if (!j.happened(changed)) {
        changed = last;
      }
      j.move("EXITED_EARLY", changed, reason, worker);
    }
    t.enrolment.row(
        enrolment,
        j.referralId,
        group.id(),
        intake,
        status,
        reason,
        Odds.during(r, changed),
        enrolledAt,
        worker);
    return status.equals("EXITED") ? changed : null;
  }

  private void mark(
      Journey j,
      Place.Group group,
      long groupWeek,
      LocalDate day,
      long enrolment,
      String mark,
      int week) {
    SplittableRandom r = j.r;
    long key = group.id() * 100_000 + groupWeek;
    Long session = sessions.get(key);
    if (session == null) {
      session = t.groupSession.nextId();
      sessions.put(key, session);
      t.groupSession.row(
          session,
          group.id(),
          curriculumSessions.get((int) (groupWeek % curriculumSessions.size())),
          day,
          group.facilitators(),
          Odds.during(r, day),
          j.place.perpetratorWorker());
    }
    boolean present = mark.equals("ATTENDED") || mark.equals("LATE");
    // Denial, minimisation and blame ease as the weeks go by.
    double mean = 3.8 - 2.0 * week / WEEKS;
    t.attendance.row(
        session,
        enrolment,
        mark,
        mark.equals("ABSENT_WITH_REASON") ? "Unwell" : null,
        present ? Odds.rating(r, mean) : null,
        present ? Odds.rating(r, mean) : null,
        present ? Odds.rating(r, mean - 0.3) : null);
    j.audit(Odds.during(r, day), j.place.perpetratorWorker(), "UPDATE", "group session");
    j.reads(day, j.place.perpetratorWorker(), "case", 1);
  }
}
