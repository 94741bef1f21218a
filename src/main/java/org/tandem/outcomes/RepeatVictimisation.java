package org.tandem.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The repeat-victimisation method, exactly as the evaluation of the service's first eighteen months
 * stated it, so that anyone can reproduce the figure from the cases listed:
 *
 * <ol>
 *   <li>pre-assessment incidents are the evidenced incidents of every case (unclear counts as
 *       three, "N+" as N);
 *   <li>the incidents of cases the service is no longer involved with are taken off, leaving the
 *       remaining pre-assessment incidents;
 *   <li>incidents during the intervention are the repeat incidents evidenced in the remaining
 *       cases;
 *   <li>the decrease is 1 − during ÷ remaining, as a percentage to one decimal place.
 * </ol>
 */
public final class RepeatVictimisation {

  private RepeatVictimisation() {}

  /** A case taken out of the figure, with its incidents and why. */
  public record Exclusion(String caseCode, int incidents, String reason) {}

  /**
   * The figure and how it was reached.
   *
   * @param percentDecrease null when no pre-assessment incidents remain, so there is nothing to
   *     decrease from
   */
  public record Result(
      int cases,
      int preAssessmentIncidents,
      int excludedIncidents,
      int remainingIncidents,
      int duringIntervention,
      BigDecimal percentDecrease,
      List<Exclusion> exclusions,
      List<OutcomeCase> included) {}

  public static Result calculate(List<OutcomeCase> cases) {
    int before = 0;
    int excludedIncidents = 0;
    int during = 0;
    List<Exclusion> exclusions = new ArrayList<>();
    List<OutcomeCase> included = new ArrayList<>();
    for (OutcomeCase c : cases) {
      int counted = c.before().counted();
      before += counted;
      if (c.excluded()) {
        excludedIncidents += counted;
        exclusions.add(new Exclusion(c.caseCode(), counted, c.exclusionReason()));
      } else {
        if (c.repeatEvidenced() == null) {
          throw new IllegalArgumentException(
              "Case " + c.caseCode() + " has no known repeat incidents and is not excluded");
        }
        during += c.repeatEvidenced();
        included.add(c);
      }
    }
    int remaining = before - excludedIncidents;
    return new Result(
        cases.size(),
        before,
        excludedIncidents,
        remaining,
        during,
        decrease(during, remaining),
        List.copyOf(exclusions),
        List.copyOf(included));
  }

  private static BigDecimal decrease(int during, int remaining) {
    if (remaining == 0) {
      return null;
    }
    return BigDecimal.ONE
        .subtract(
            BigDecimal.valueOf(during)
                .divide(BigDecimal.valueOf(remaining), 10, RoundingMode.HALF_UP))
        .multiply(BigDecimal.valueOf(100))
        .setScale(1, RoundingMode.HALF_UP);
  }
}
