package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The family's risk as the service manages it: events on the timeline (with the alerts and the
 * prompts to partner support they raise), MARAC referrals for visible high risk, for escalation (a
 * third police call-out within twelve months) and on a worker's judgement, and the risk reviews
 * held every three months while a case is medium or high risk.
 */
final class RiskWork {

  private static final String[] EVENT_KINDS = {
    "POLICE_CALL_OUT", "DISCLOSURE", "PARTNER_REPORT", "NEW_PARTNER", "RELEASE_FROM_CUSTODY",
    "CUSTODY", "CHILD_CONTACT_SOUGHT", "COURT_ORDER", "CHILD_PROTECTION", "OTHER"
  };
  private static final double[] EVENT_WEIGHTS = {
    0.35, 0.12, 0.15, 0.06, 0.03, 0.03, 0.08, 0.06, 0.08, 0.04
  };
  private static final String[] ATTENDEES = {
    "Perpetrator worker, partner-support worker, service manager",
    "Perpetrator worker, partner-support worker, social worker",
    "Perpetrator worker, partner-support worker, IDVA, police"
  };

  private RiskWork() {}

  /** Events over the case's first year, recorded in the order they happened. */
  static void events(Journey j, LocalDate from) {
    SplittableRandom r = j.r;
    int count =
        Odds.weighted(r, new Integer[] {0, 1, 2, 3, 4}, new double[] {0.3, 0.3, 0.2, 0.12, 0.08});
    List<LocalDate> days = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (int e = 0; e < count; e++) {
      days.add(from.plusDays(r.nextInt(365)));
      kinds.add(Odds.weighted(r, EVENT_KINDS, EVENT_WEIGHTS));
    }
    List<LocalDate> callOuts = new ArrayList<>();
    LocalDate lastMarac = null;
    for (int e = 0; e < count; e++) {
      int first = earliest(days);
      LocalDate on = days.set(first, LocalDate.MAX);
      String kind = kinds.get(first);
      if (!j.happened(on)) {
        continue;
      }
      boolean alerts = !kind.equals("OTHER") && !kind.equals("COURT_ORDER");
      String summary =
          "Recorded from the " + kind.toLowerCase().replace('_', ' ') + " information shared.";
      event(j, kind, on, summary, kind.equals("POLICE_CALL_OUT") ? "Police" : null, alerts);
      if (kind.equals("POLICE_CALL_OUT")) {
        callOuts.add(on);
        long inYear = callOuts.stream().filter(d -> d.isAfter(on.minusYears(1))).count();
        if (inYear >= 3 && (lastMarac == null || lastMarac.isBefore(on.minusYears(1)))) {
          String reason = inYear + " police call-outs in the past 12 months: escalation";
          marac(j, "ESCALATION", on, reason);
          lastMarac = on;
        }
      }
      if (kind.equals("DISCLOSURE") && lastMarac == null && Odds.chance(r, 0.15)) {
        // A worker's reasoned concern: the case goes to MARAC whatever its score.
        marac(j, "PROFESSIONAL_JUDGEMENT", on, "Threats to kill disclosed; she is frightened");
        lastMarac = on;
      }
    }
  }

  private static int earliest(List<LocalDate> days) {
    int at = 0;
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).isBefore(days.get(at))) {
        at = i;
      }
    }
    return at;
  }

  /** One event on the family's timeline; an alerting one prompts partner support where it must. */
  static void event(
      Journey j, String kind, LocalDate on, String summary, String source, boolean alerts) {
    Instant at = Odds.during(j.r, on);
    String worker = j.place.perpetratorWorker();
    j.t.riskEvent.row(
        j.t.riskEvent.nextId(), j.referralId, kind, on, summary, source, alerts, at, worker);
    j.audit(at, worker, "CREATE", "risk event");
    j.reads(on, worker, "risk timeline", 1);
    if (alerts) {
      // The alerted partner-support worker opens her alerts and the timeline.
      j.audit(at.plusSeconds(3_600), j.place.partnerSupport(), "READ", "risk alerts");
    }
    switch (kind) {
      case "CUSTODY":
        j.prompt(at, "He was taken into custody", 1);
        break;
      case "RELEASE_FROM_CUSTODY":
        j.prompt(at, "He was released from custody", 1);
        break;
      case "CHILD_CONTACT_SOUGHT":
        j.prompt(at, "He is seeking contact with the children", 1);
        break;
      case "MISSED_SESSION":
        j.prompt(at, "He missed a group session", 2);
        break;
      default:
        break;
    }
  }

  /** A MARAC referral: raised, made within days, and its meeting held some weeks later. */
  static void marac(Journey j, String trigger, LocalDate on, String reason) {
    SplittableRandom r = j.r;
    LocalDate due = on.plusDays(5);
    LocalDate referred = on.plusDays(Odds.between(r, 1, 5));
    LocalDate meeting = referred.plusDays(Odds.between(r, 7, 28));
    boolean made = j.happened(referred);
    boolean met = made && j.happened(meeting);
    Instant at = Odds.during(r, on);
    String worker = j.place.perpetratorWorker();
    j.t.marac.row(
        j.t.marac.nextId(),
        j.referralId,
        trigger,
        reason,
        due,
        at,
        trigger.equals("VISIBLE_HIGH_RISK") ? "system" : worker,
        made ? referred : null,
        made ? worker : null,
        met ? meeting : null,
        met ? "Safety actions agreed for her and the children." : null);
    j.audit(at, worker, "CREATE", "MARAC referral task");
    if (made) {
      j.audit(Odds.during(r, referred), worker, "UPDATE", "MARAC referral made");
    }
    if (met) {
      j.audit(Odds.during(r, meeting), worker, "UPDATE", "MARAC meeting outcome");
    }
    if (!"HIGH".equals(j.riskLevel)) {
      j.riskLevel("HIGH", at, reason);
      j.audit(at, worker, "UPDATE", "risk level");
    }
  }

  /**
   * Reviews every three months or so from the day the case became medium or high risk, while it is
   * open and until a review finds the risk standard.
   */
  static void reviews(Journey j) {
    SplittableRandom r = j.r;
    if (j.riskLevelChangedAt == null || j.riskLevel.equals("STANDARD")) {
      return;
    }
    if (j.riskLevel.equals("MEDIUM") && !Odds.chance(r, 0.3)) {
      return;
    }
    String worker = j.place.perpetratorWorker();
    LocalDate day = j.riskLevelChangedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    day = day.plusDays(Odds.between(r, 14, 42));
    while (j.happened(day) && !j.closedBy(day) && !j.riskLevel.equals("STANDARD")) {
      String level = next(r, j.riskLevel);
      LocalDate nextOn = day.plusMonths(3);
      Instant at = Odds.during(r, day);
      j.t.riskReview.row(
          j.t.riskReview.nextId(),
          j.referralId,
          day,
          Odds.pickFrom(r, List.of(ATTENDEES)),
          level.equals(j.riskLevel)
              ? "Risk unchanged: safety plan and contact arrangements stay as they are."
              : "Risk now " + level.toLowerCase() + ": arrangements revised.",
          level,
          nextOn,
          at,
          worker);
      j.audit(at, worker, "CREATE", "risk review");
      j.reads(day, worker, "risk timeline", 1);
      j.riskLevel(level, at, "Risk review on " + day);
      j.riskReviewDueOn = nextOn;
      day = nextOn.plusDays(Odds.between(r, -7, 14));
    }
  }

  private static String next(SplittableRandom r, String level) {
    double x = r.nextDouble();
    if (level.equals("HIGH")) {
      return x < 0.7 ? "HIGH" : "MEDIUM";
    }
    return x < 0.65 ? "MEDIUM" : x < 0.9 ? "STANDARD" : "HIGH";
  }
}
