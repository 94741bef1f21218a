package org.tandem.outcomes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The median and range of one rate across the areas compared: the only form in which an area the
 * reader does not cover is ever seen. No area is named and no figure is kept beside its area.
 *
 * @param areas how many areas the figures are taken over
 */
record Spread(int areas, String median, String lowest, String highest) {

  /** At least this many areas, or a median and range would come close to one area's figure. */
  static final int MINIMUM_AREAS = 5;

  /**
   * Besides their own, a reader must be comparing with none or at least this many others: with one
   * or two, an extreme of the range could be read as a known neighbour's figure.
   */
  static final int MINIMUM_OTHERS = 3;

  /**
   * The spread of the values, or null when there are too few areas to show one.
   *
   * @param others how many of the values are of areas the reader does not cover
   */
  static Spread of(List<Double> values, int others, boolean percentage) {
    if (values.size() < MINIMUM_AREAS || (others > 0 && others < MINIMUM_OTHERS)) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Spread(
        n,
        text(median, percentage),
        text(sorted.get(0), percentage),
        text(sorted.get(n - 1), percentage));
  }

  private static String text(double value, boolean percentage) {
    String number = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return percentage ? number + "%" : number;
  }
}
