package org.tandem.risk;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The DASH checklist scored: the number of "yes" answers, whether that is visible high risk (14 or
 * more), and what drove it, with strangulation (indicator 15) called out as a homicide marker.
 * Serializable because the assessment page flashes it to the next page through the session, which
 * lives in the database.
 */
public record DashScore(int score, List<Integer> yesIndicators, int answered, boolean strangulation)
    implements Serializable {

  public static final int INDICATORS = 24;
  public static final int VISIBLE_HIGH_RISK = 14;
  public static final int STRANGULATION = 15;

  /**
   * Scores a set of answers keyed by indicator number (1 to 24); unanswered ones count as not
   * "yes".
   */
  public static DashScore of(Map<Integer, DashAnswer> answers) {
    Map<Integer, DashAnswer> sorted = new TreeMap<>(answers);
    sorted.keySet().stream()
        .filter(n -> n < 1 || n > INDICATORS)
        .findFirst()
        .ifPresent(
            n -> {
              throw new IllegalArgumentException("No DASH indicator " + n);
            });
    List<Integer> yes =
        sorted.entrySet().stream()
            .filter(e -> e.getValue() == DashAnswer.YES)
            .map(Map.Entry::getKey)
            .toList();
    return new DashScore(yes.size(), yes, sorted.size(), yes.contains(STRANGULATION));
  }

  /** 14 or more "yes": the checklist's threshold for referral to MARAC. */
  public boolean visibleHighRisk() {
    return score >= VISIBLE_HIGH_RISK;
  }

  public boolean complete() {
    return answered == INDICATORS;
  }
}
