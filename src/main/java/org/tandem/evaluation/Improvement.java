package org.tandem.evaluation;

/**
 * What counts as an improvement on every evaluation scale Tandem uses: each runs from 1 (the worst
 * outcome, e.g. "much worse") through 3 ("no change") to 5 (the best, e.g. "stopped" or "much
 * safer"), so a rating of 4 or 5 is better than before. Reports count with this one rule.
 */
public final class Improvement {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  /** The lowest rating that counts as improved. */
  public static final int IMPROVED_FROM = 4;

  private Improvement() {}

  public static boolean improved(Integer rating) {
    return rating != null && rating >= IMPROVED_FROM && rating <= HIGHEST;
  }

  public static boolean onTheScale(Integer rating) {
    return rating != null && rating >= LOWEST && rating <= HIGHEST;
  }
}
