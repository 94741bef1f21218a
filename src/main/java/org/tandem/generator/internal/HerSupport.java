package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Partner support for each woman named in his case: the letter, attempts to reach her, where
 * contact stands, and for the women who engage her own DASH, a safety plan revised over time,
 * one-to-one and telephone support, referrals on and the follow-ups at 3, 6 and 18 months.
 */
final class HerSupport {

  private final WomensGroups womensGroups;

  HerSupport(WomensGroups womensGroups) {
    this.womensGroups = womensGroups;
  }

  private static final String[] METHODS = {"PHONE", "TEXT", "EMAIL", "OUTREACH_CHILDRENS_CENTRE"};
  private static final double[] METHOD_WEIGHTS = {0.6, 0.25, 0.05, 0.1};
  private static final String[] SERVICES = {
    "IDVA", "REFUGE", "HOUSING", "NON_MOLESTATION_ORDER", "MARAC"
  };
  private static final String[] POINTS = {"THREE_MONTHS", "SIX_MONTHS", "EIGHTEEN_MONTHS"};
  private static final int[] POINT_MONTHS = {3, 6, 18};
  private static final double[] POINT_RESPONSE = {0.75, 0.6, 0.4};

  /** Adds her and any other partners; returns how many women there are. */
  int partners(Journey j, LocalDate referredOn, int hisScore) {
    SplittableRandom r = j.r;
    int count = Odds.weighted(r, new Integer[] {1, 2, 3}, new double[] {0.6, 0.3, 0.1});
    for (int i = 0; i < count; i++) {
      String relationship =
          i == 0
              ? (Odds.chance(r, 0.6) ? "CURRENT" : "FORMER")
              : Odds.chance(r, 0.7) ? "FORMER" : "NEW";
      her(j, referredOn, relationship, hisScore);
    }
    return count;
  }

  private void her(Journey j, LocalDate referredOn, String relationship, int hisScore) {
    SplittableRandom r = j.r;
    Tables t = j.t;
    String worker = j.place.partnerSupport();
    long id = t.partner.nextId();
    LocalDate letter = referredOn.plusDays(Odds.between(r, 1, 4));
    String status = "NOT_YET_CONTACTED";
    LocalDate statusOn = null;
    if (j.happened(letter)) {
      j.reads(letter, worker, "partner record", 1);
      LocalDate day = letter.plusDays(2);
      boolean reached = Odds.chance(r, 0.8);
      int attempts = reached ? Odds.between(r, 1, 4) : Odds.between(r, 2, 5);
      for (int a = 0; a < attempts && j.happened(day); a++) {
        boolean last = a == attempts - 1;
        String outcome =
            last && reached
                ? "SPOKE_WITH_HER"
                : Odds.chance(r, 0.7) ? "NO_ANSWER" : "NOT_SAFE_TO_TALK";
        Instant at = Odds.during(r, day);
        t.contactAttempt.row(
            t.contactAttempt.nextId(),
            id,
            Odds.weighted(r, METHODS, METHOD_WEIGHTS),
            at,
            outcome,
            Odds.chance(r, 0.95),
            worker,
            at);
        j.audit(at, worker, "CREATE", "contact attempt");
        if (last) {
          String next = reached ? "CONTACTED" : "UNREACHABLE";
          status = change(j, id, next, day);
          statusOn = day;
          if (reached) {
            LocalDate decided = day.plusDays(Odds.between(r, 0, 10));
            if (j.happened(decided)) {
              // Of the 80% reached, three in four take up ongoing work: 60% of all.
              status = change(j, id, Odds.chance(r, 0.75) ? "ENGAGED" : "DECLINED", decided);
              statusOn = decided;
            }
          }
        }
        day = day.plusDays(Odds.between(r, 1, 6));
      }
    }
    Instant created = Odds.during(r, referredOn);
    t.partner.row(
        id,
        j.referralId,
        relationship,
        Invented.herName(r),
        Invented.familyName(r),
        Invented.phone(r),
        Invented.address(r, j.place.name()),
        Odds.chance(r, 0.5) ? "Weekday mornings" : null,
        created,
        status,
        statusOn,
        j.happened(letter) ? letter : null,
        status.equals("ENGAGED") ? Boolean.TRUE : null);
    HerTasks.forHer(j, id, created, j.happened(letter) ? letter : null);
    if (status.equals("ENGAGED")) {
      engaged(j, id, statusOn, hisScore);
      womensGroups.join(j, id, statusOn);
    }
  }

  private static String change(Journey j, long partnerId, String status, LocalDate on) {
    Instant at = Odds.during(j.r, on);
    j.t.partnerStatus.row(
        j.t.partnerStatus.nextId(), partnerId, status, on, j.place.partnerSupport(), at);
    return status;
  }

  private void engaged(Journey j, long partnerId, LocalDate from, int hisScore) {
    SplittableRandom r = j.r;
    Tables t = j.t;
    String worker = j.place.partnerSupport();
    t.evaluationSchedule.row(partnerId, from);
    // Her own DASH, usually close to what his assessment found.
    double yes = Math.min(0.9, 0.15 + hisScore / 30.0 + (r.nextDouble() - 0.5) * 0.2);
    StringBuilder json = new StringBuilder("{");
    int score = 0;
    boolean strangulation = false;
    for (int n = 1; n <= 24; n++) {
      boolean y = r.nextDouble() < yes;
      score += y ? 1 : 0;
      strangulation |= y && n == 15;
      json.append(n == 1 ? "" : ", ")
          .append('"')
          .append(n)
          .append("\": \"")
          .append(y ? "YES" : "NO")
          .append('"');
    }
    json.append('}');
    Instant at = Odds.during(r, from);
    t.partnerDash.row(
        t.partnerDash.nextId(), partnerId, from, json, score, strangulation, worker, at);
    j.audit(at, worker, "CREATE", "her DASH");
    LocalDate plan = from;
    for (int p = Odds.between(r, 1, 3); p > 0 && j.happened(plan); p--) {
      t.safetyPlan.row(
          t.safetyPlan.nextId(),
          partnerId,
          "Keep a phone charged and the numbers of the police and her adviser to hand.",
          plan.plusWeeks(6),
          worker,
          Odds.during(r, plan));
      plan = plan.plusWeeks(Odds.between(r, 4, 10));
    }
    LocalDate day = from.plusDays(Odds.between(r, 3, 14));
    for (int s = Odds.between(r, 2, 12); s > 0 && j.happened(day); s--) {
      Instant when = Odds.during(r, day);
      t.supportSession.row(
          t.supportSession.nextId(),
          partnerId,
          Odds.chance(r, 0.6) ? "TELEPHONE" : "ONE_TO_ONE",
          day,
          Odds.between(r, 15, 90),
          worker,
          when);
      j.audit(when, worker, "CREATE", "support session");
      j.reads(day, worker, "partner record", 2);
      day = day.plusDays(Odds.between(r, 7, 21));
    }
    if (Odds.chance(r, 0.35) && j.happened(from.plusDays(7))) {
      t.referralOn.row(
          t.referralOn.nextId(),
          partnerId,
          Odds.pickFrom(r, java.util.List.of(SERVICES)),
          from.plusDays(7),
          worker,
          Odds.during(r, from.plusDays(7)));
    }
    for (int p = 0; p < POINTS.length; p++) {
      LocalDate due = from.plusMonths(POINT_MONTHS[p]).plusDays(r.nextInt(14));
      Instant recorded = null;
      if (j.happened(due) && Odds.chance(r, POINT_RESPONSE[p])) {
        recorded = Odds.during(r, due);
        j.audit(recorded, worker, "CREATE", "partner evaluation");
        t.evaluation.row(
            t.evaluation.nextId(),
            partnerId,
            POINTS[p],
            due,
            Odds.rating(r, 3.6 + p * 0.3),
            Odds.rating(r, 3.5 + p * 0.3),
            Odds.rating(r, 3.4 + p * 0.3),
            Odds.rating(r, 3.5),
            Odds.rating(r, 3.3 + p * 0.3),
            worker,
            recorded);
      }
      HerTasks.evaluation(j, partnerId, POINT_MONTHS[p], from, recorded);
    }
  }
}
