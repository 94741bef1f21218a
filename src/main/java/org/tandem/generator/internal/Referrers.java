package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What goes back to the referrer: the social worker's evaluation of the assessment and report, and
 * the update reports at his week-12 and completion reviews.
 */
final class Referrers {

  /** Share of referrers who return the evaluation questionnaire: assumed. */
  private static final double RETURNED = 0.5;

  private Referrers() {}

  /**
   * Some months after the report, half the referrers send back the questionnaire. Ratings as the
   * published findings: assessment very useful in 89% of cases, reports 94%, her safety better in
   * 88%, the children's in 78% (seed 000 §5.2.1).
   */
  static void evaluation(Journey j, LocalDate reportOn) {
    SplittableRandom r = j.r;
    LocalDate received = reportOn.plusDays(Odds.between(r, 30, 180));
    if (!Odds.chance(r, RETURNED) || !j.happened(received)) {
      return;
    }
    String manager = j.place.manager();
    Instant at = Odds.during(r, received);
    j.t.referrerEvaluation.row(
        j.t.referrerEvaluation.nextId(),
        j.referralId,
        received,
        Odds.chance(r, 0.89) ? 5 : Odds.between(r, 3, 4),
        Odds.chance(r, 0.94) ? 5 : Odds.between(r, 3, 4),
        Odds.chance(r, 0.88) ? Odds.between(r, 4, 5) : Odds.between(r, 2, 3),
        Odds.chance(r, 0.78) ? Odds.between(r, 4, 5) : Odds.between(r, 2, 3),
        Odds.chance(r, 0.3) ? "The report helped the child protection conference decide." : null,
        manager,
        at);
    j.audit(at, manager, "CREATE", "referrer evaluation");
  }

  /** An update report to the referrer on his place at a review point. */
  static void update(Journey j, String kind, long enrolmentId, LocalDate on, String progress) {
    SplittableRandom r = j.r;
    String worker = j.place.perpetratorWorker();
    Instant at = Odds.during(r, on);
    j.t.riskReport.row(
        j.t.riskReport.nextId(),
        j.referralId,
        kind,
        enrolmentId,
        "Contact with the children as the child protection plan sets.",
        "The social worker to visit as planned.",
        progress,
        Odds.between(r, 120, 480),
        at,
        worker);
    j.audit(at, worker, "CREATE", "programme update report");
  }
}
