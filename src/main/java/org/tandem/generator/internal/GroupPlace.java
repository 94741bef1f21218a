package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * His place on a rolling weekly group: he waits for the next intake (every six weeks) on a group
 * with a seat for every week he will attend, attends week by week with a mark for each session, and
 * completes the 32 weeks or leaves early. Each group's session is made the first time a man is
 * marked at it, so every session has its register; no register holds more than twelve men.
 */
public final class GroupPlace {

  private static final String[] MARKS = {
    "ATTENDED", "LATE", "ABSENT_WITH_REASON", "ABSENT_WITHOUT_REASON"
  };
  private static final double[] MARK_WEIGHTS = {0.80, 0.07, 0.09, 0.04};

  /** Men who see it through come more steadily: about a quarter attend every session. */
  private static final double[] STEADY_WEIGHTS = {0.90, 0.06, 0.035, 0.005};

  static final int WEEKS = 32;
  private static final int INTAKE_EVERY = 6;

  /** Shares chosen to reach the volume (docs/generator.md says which are published). */
  private static final double COMPLETES = 0.70;

  private static final double REJOIN = 0.6;

  private final Tables t;
  private final GroupOpening opening;
  private final List<Long> curriculumSessions;
  private final Registers registers;
  private final ProgrammeReviews reviews;
  private final Map<Long, Long> sessions = new HashMap<>();

  GroupPlace(
      Tables t,
      GroupOpening opening,
      List<Long> curriculumSessions,
      LocalDate start,
      LocalDate end) {
    this.t = t;
    this.opening = opening;
    this.curriculumSessions = curriculumSessions;
    this.registers = new Registers(start, end, GroupOpening.MEN_PER_GROUP);
    this.reviews = new ProgrammeReviews(t);
  }

  void place(Journey j, LocalDate decidedOn) {
    SplittableRandom r = j.r;
    LocalDate exited = enrol(j, decidedOn.plusDays(Odds.between(r, 1, 7)));
    // Men who left early may ask for a place again and are offered one on a later intake.
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

  private record Seat(Place.Group group, long week, LocalDate intake) {}

  /**
   * The first intake, on any of the area's groups, with a seat for each of his weeks; he may wait
   * an intake or two, and if every group is still full the area opens another.
   */
  private Seat seat(Journey j, LocalDate enrolled, int weeks) {
    List<Place.Group> groups = j.place.groups();
    int from = j.r.nextInt(groups.size());
    for (int wait = 0; wait < 3; wait++) {
      for (int k = 0; k < groups.size(); k++) {
        Place.Group g = groups.get((from + k) % groups.size());
        if (g.firstSession().isAfter(enrolled.plusWeeks(INTAKE_EVERY))) {
          continue;
        }
        long firstWeek = ChronoUnit.WEEKS.between(g.firstSession(), enrolled) + 1;
        long week =
            Math.max(0, (firstWeek + INTAKE_EVERY - 1) / INTAKE_EVERY * INTAKE_EVERY)
                + (long) wait * INTAKE_EVERY;
        LocalDate intake = g.firstSession().plusWeeks(week);
        if (registers.hasRoom(g.id(), intake, weeks)) {
          return new Seat(g, week, intake);
        }
      }
    }
    Place.Group g = opening.men(j.r, j.place, enrolled.plusDays(7), Odds.during(j.r, enrolled));
    return new Seat(g, 0, g.firstSession());
  }

  /** One place on a group from the day it is offered; the day he left early, if he did. */
  private LocalDate enrol(Journey j, LocalDate enrolled) {
    SplittableRandom r = j.r;
    if (!j.happened(enrolled)) {
      return null;
    }
    boolean completes = Odds.chance(r, COMPLETES);
    List<String> marks = marks(r, completes);
    int leavesAfter = marks.size();
    Seat seat = seat(j, enrolled, leavesAfter);
    registers.take(seat.group().id(), seat.intake(), leavesAfter);
    Place.Group group = seat.group();
    LocalDate intake = seat.intake();
    String worker = j.place.perpetratorWorker();
    long enrolment = t.enrolment.nextId();
    Instant enrolledAt = Odds.during(r, enrolled);
    j.move("WAITING_FOR_GROUP", enrolled, "Place offered on a group", worker);
    j.audit(enrolledAt, worker, "CREATE", "programme place");
    j.prompt(enrolledAt, "He was accepted onto the programme", 3);
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
      reviews.write(j, enrolment, intake, enrolledAt, 0, false, null);
      return null;
    }
    j.move("IN_PROGRAMME", intake, "First session attended", worker);
    j.prompt(Odds.during(r, intake), "He started the programme", 3);
    LocalDate last = intake;
    LocalDate thirdMissed = null;
    int week = 0;
    for (; week < leavesAfter; week++) {
      LocalDate day = intake.plusWeeks(week);
      if (!j.happened(day)) {
        break;
      }
      mark(j, group, seat.week() + week, day, enrolment, marks.get(week), week);
      if (!completes && week == leavesAfter - 1) {
        thirdMissed = day;
      }
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
      j.prompt(Odds.during(r, last), "He completed the programme", 3);
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
      j.prompt(Odds.during(r, changed), "He left the programme without completing it", 1);
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
    reviews.write(j, enrolment, intake, enrolledAt, week, status.equals("COMPLETED"), thirdMissed);
    return status.equals("EXITED") ? changed : null;
  }

  /**
   * His marks week by week, drawn before he starts so his seat can be kept for every week. He comes
   * to his first session; a man who completes stays on a week for each session he missed with a
   * reason, as a rolling group lets him; a man about to leave stops coming for his last three.
   */
  private static List<String> marks(SplittableRandom r, boolean completes) {
    List<String> marks = new ArrayList<>();
    marks.add("ATTENDED");
    if (completes) {
      int delivered = 1;
      while (delivered < WEEKS && marks.size() < WEEKS + 8) {
        String mark = Odds.weighted(r, MARKS, STEADY_WEIGHTS);
        marks.add(mark);
        delivered += mark.equals("ABSENT_WITH_REASON") ? 0 : 1;
      }
      return marks;
    }
    int leavesAfter = Odds.between(r, 2, WEEKS - 1);
    while (marks.size() < leavesAfter) {
      marks.add(
          marks.size() >= leavesAfter - 3
              ? "ABSENT_WITHOUT_REASON"
              : Odds.weighted(r, MARKS, MARK_WEIGHTS));
    }
    return marks;
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
    String worker = j.place.perpetratorWorker();
    Instant at = Odds.during(r, day);
    j.audit(at, worker, "READ", "group session register");
    j.audit(at, worker, "UPDATE", "group session attendance");
    if (mark.equals("ABSENT_WITHOUT_REASON")) {
      // The register records the missed session on his risk timeline, alerting his workers.
      RiskWork.event(
          j,
          "MISSED_SESSION",
          day,
          "Missed the group session without a reason",
          "Group programme",
          true);
    }
  }
}
