package org.tandem.partnersupport;

import java.time.LocalDate;

/**
 * When her follow-up evaluation is due: 3, 6 and 18 months after she was first reached. Each point
 * has its own partner-support task, completed when the evaluation for that point is recorded.
 */
public enum EvaluationPoint {
  THREE_MONTHS(3),
  SIX_MONTHS(6),
  EIGHTEEN_MONTHS(18);

  private final int months;

  EvaluationPoint(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /** As reports show it, e.g. "3 months". */
  public String label() {
    return months + " months";
  }

  /** The kind of her partner-support task for this point, e.g. EVALUATION_3_MONTHS. */
  public String taskKind() {
    return "EVALUATION_" + months + "_MONTHS";
  }

  public LocalDate dueOn(LocalDate reachedOn) {
    return reachedOn.plusMonths(months);
  }
}
