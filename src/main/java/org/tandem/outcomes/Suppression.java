package org.tandem.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Small numbers in anything a commissioner can see. A count of people or cases from 1 to 4 is shown
 * as "<5", so no one can be recognised from a report; a percentage, average or median built on such
 * a count is withheld, because it would give the count back. Zero is shown: it identifies no one.
 * Counts of incidents are not counts of people and are shown as they are.
 */
public final class Suppression {

  public static final String SMALL = "<5";
  public static final String WITHHELD = "withheld (fewer than 5)";
  public static final String NONE = "none to count";

  private Suppression() {}

  public static boolean isSmall(int count) {
    return count >= 1 && count <= 4;
  }

  /** A count of people or cases as it may be shown. */
  public static String count(int count) {
    return isSmall(count) ? SMALL : Integer.toString(count);
  }

  /** Part of a whole as a percentage to one decimal place, withheld when either count is small. */
  public static String percent(int part, int whole) {
    if (whole == 0) {
      return NONE;
    }
    if (isSmall(part) || isSmall(whole)) {
      return WITHHELD;
    }
    return BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  /** An average or median over a group of this many people or cases, to one decimal place. */
  public static String over(Number value, int group) {
    if (group == 0 || value == null) {
      return NONE;
    }
    if (isSmall(group)) {
      return WITHHELD;
    }
    return BigDecimal.valueOf(value.doubleValue())
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
