package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The children in each family: their protection status at referral and its changes, and for some
 * children's work sessions with a safety-ladder reading before and after.
 */
final class ChildrensWork {

  private static final String[] STATUSES = {
    "CHILD_PROTECTION_PLAN", "CHILD_IN_NEED", "EARLY_HELP", "NONE"
  };
  private static final double[] FROM_CHILDRENS_SERVICES = {0.40, 0.35, 0.10, 0.15};
  private static final double[] FROM_ELSEWHERE = {0.08, 0.15, 0.17, 0.60};

  void children(Journey j, LocalDate referredOn, String source, int women) {
    SplittableRandom r = j.r;
    Tables t = j.t;
    // Children's services referrals are about children; a few other families have none.
    int count =
        source.equals("CHILDRENS_SERVICES")
            ? Odds.weighted(
                r, new Integer[] {1, 2, 3, 4, 5}, new double[] {0.3, 0.35, 0.2, 0.1, 0.05})
            : Odds.weighted(
                r, new Integer[] {0, 1, 2, 3, 4}, new double[] {0.1, 0.3, 0.35, 0.17, 0.08});
    count += women > 1 && Odds.chance(r, 0.3) ? 1 : 0;
    double[] weights =
        source.equals("CHILDRENS_SERVICES") ? FROM_CHILDRENS_SERVICES : FROM_ELSEWHERE;
    String worker = j.place.childrensWorker();
    for (int c = 0; c < count; c++) {
      long id = t.child.nextId();
      String status = Odds.weighted(r, STATUSES, weights);
      LocalDate day = referredOn;
      for (int change = Odds.weighted(r, new Integer[] {0, 1, 2}, new double[] {0.55, 0.3, 0.15});
          change > 0;
          change--) {
        day = day.plusDays(Odds.between(r, 30, 200));
        if (!j.happened(day)) {
          break;
        }
        String next = Odds.weighted(r, STATUSES, weights);
        if (next.equals(status)) {
          next = status.equals("NONE") ? "EARLY_HELP" : "NONE";
        }
        Instant at = Odds.during(r, day);
        t.protectionChange.row(t.protectionChange.nextId(), id, status, next, day, worker, at);
        j.audit(at, worker, "UPDATE", "child protection status");
        status = next;
      }
      t.child.row(
          id,
          j.referralId,
          Odds.chance(r, 0.8) ? Invented.childName(r) : null,
          Odds.between(r, 0, 17),
          status,
          Odds.during(r, referredOn));
      if (Odds.chance(r, 0.3)) {
        sessions(j, id, referredOn.plusDays(Odds.between(r, 20, 60)));
      }
    }
  }

  private static void sessions(Journey j, long childId, LocalDate first) {
    SplittableRandom r = j.r;
    Tables t = j.t;
    String worker = j.place.childrensWorker();
    if (!j.happened(first)) {
      return;
    }
    t.ladder.row(
        t.ladder.nextId(),
        childId,
        "BEFORE",
        first,
        Odds.between(r, 1, 6),
        worker,
        Odds.during(r, first));
    LocalDate day = first;
    int planned = Odds.between(r, 4, 10);
    int held = 0;
    for (; held < planned && j.happened(day); held++) {
      Instant at = Odds.during(r, day);
      t.childSession.row(
          t.childSession.nextId(),
          childId,
          day,
          Odds.between(r, 30, 90),
          Odds.weighted(
              r, new String[] {"ONE_TO_ONE", "GROUP", "FAMILY"}, new double[] {0.6, 0.3, 0.1}),
          worker,
          at);
      j.audit(at, worker, "CREATE", "child session");
      day = day.plusWeeks(1);
    }
    LocalDate after = day;
    if (held == planned && j.happened(after)) {
      t.ladder.row(
          t.ladder.nextId(),
          childId,
          "AFTER",
          after,
          Odds.between(r, 4, 10),
          worker,
          Odds.during(r, after));
    }
  }
}
