package org.tandem.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Small numbers in anything a commissioner can see. A count of people or cases from 1 to 4 is shown
 * as "<5", so no one can be recognised from a report; a percentage, rate, average or median built
 * on a count from 1 to 4, whether it is what is counted or what it is counted over, is withheld,
 * because with the other count it gives the small one back ("0.2 attempts per case" over 10 cases
 * is 2 attempts). Zero is shown: it identifies no one. Counts of incidents are not counts of people
 * and are shown as they are. Every figure the report shows is made here, by the one rule of {@link
 * #builtOnSmall}.
 */
public final class Suppression {

  public static final String SMALL = "<5";
  public static final String WITHHELD = "withheld (fewer than 5)";
  public static final String NONE = "none to count";

  private Suppression() {}

  public static boolean isSmall(int count) {
    return count >= 1 && count <= 4;
  }

  /** The rule for every figure built on counts: withheld when any of them is small. */
  public static boolean builtOnSmall(int... counts) {
    for (int count : counts) {
      if (isSmall(count)) {
        return true;
      }
    }
    return false;
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
    if (builtOnSmall(part, whole)) {
      return WITHHELD;
    }
    return BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  /**
   * An average, median or rate over a group of this many people or cases, to one decimal place;
   * {@code alsoBuiltOn} names the other counts it is made from (the total an average divides), so
   * that it is withheld when any of them is small too.
   */
  public static String over(Number value, int group, int... alsoBuiltOn) {
    if (group == 0 || value == null) {
      return NONE;
    }
    if (builtOnSmall(group) || builtOnSmall(alsoBuiltOn)) {
      return WITHHELD;
    }
    return BigDecimal.valueOf(value.doubleValue())
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** A total over a group, as an average to one decimal place: "attempts per case". */
  public static String average(int total, int group) {
    return over(group == 0 ? null : (double) total / group, group, total);
  }
}
