package org.tandem.programme;

import java.math.BigDecimal;

/** A curriculum as listed: its name, whether new groups use it, and its totals. */
public record CurriculumSummary(
    long id,
    String name,
    boolean isDefault,
    int sessions,
    BigDecimal hours,
    BigDecimal stageOneHours) {

  /** The share of its hours in stage 1 (violence prevention), as a whole percentage. */
  public int stageOnePercent() {
    if (hours.signum() == 0) {
      return 0;
    }
    return stageOneHours
        .multiply(BigDecimal.valueOf(100))
        .divide(hours, 0, java.math.RoundingMode.HALF_UP)
        .intValue();
  }
}
