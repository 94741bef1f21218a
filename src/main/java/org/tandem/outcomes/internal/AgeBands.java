package org.tandem.outcomes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.outcomes.Count;

/**
 * The age bands a quarterly report uses, youngest first. Every band is always listed, with 0 where
 * nobody falls in it, so that one quarter's table lines up with the next.
 */
public final class AgeBands {

  /** The band for a man whose date of birth was not given. */
  public static final String NOT_RECORDED = "Not recorded";

  private record Band(String label, int from, int to) {
    boolean holds(int age) {
      return age >= from && age <= to;
    }
  }

  // Under 18 starts below 0 so that a date of birth typed after the referral date still lands in
  // a band rather than disappearing from the total.
  private static final List<Band> MEN =
      List.of(
          new Band("Under 18", Integer.MIN_VALUE, 17),
          new Band("18–24", 18, 24),
          new Band("25–34", 25, 34),
          new Band("35–44", 35, 44),
          new Band("45–54", 45, 54),
          new Band("55 and over", 55, Integer.MAX_VALUE));

  // The database holds children's ages from 0 to 18 only (child_age_range).
  private static final List<Band> CHILDREN =
      List.of(
          new Band("0–4", 0, 4),
          new Band("5–10", 5, 10),
          new Band("11–15", 11, 15),
          new Band("16–18", 16, 18));

  private AgeBands() {}

  /**
   * The men's band for an age in whole years at referral; null (no date of birth) is "Not
   * recorded".
   */
  public static String man(Integer age) {
    if (age == null) {
      return NOT_RECORDED;
    }
    return MEN.stream().filter(b -> b.holds(age)).findFirst().orElseThrow().label();
  }

  /** The children's band for an age in whole years. */
  public static String child(int age) {
    return CHILDREN.stream()
        .filter(b -> b.holds(age))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("A child's age is 0 to 18, not " + age))
        .label();
  }

  /**
   * Men counted by band, from counts by age in whole years (the null key counts men with no date of
   * birth): every band in order, then "Not recorded".
   */
  public static List<Count> men(Map<Integer, Integer> menByAge) {
    Map<String, Integer> tally = empty(MEN);
    tally.put(NOT_RECORDED, 0);
    menByAge.forEach((age, count) -> tally.merge(man(age), count, Integer::sum));
    return counts(tally);
  }

  /** Children counted by band, from counts by age in whole years: every band in order. */
  public static List<Count> children(Map<Integer, Integer> childrenByAge) {
    Map<String, Integer> tally = empty(CHILDREN);
    childrenByAge.forEach((age, count) -> tally.merge(child(age), count, Integer::sum));
    return counts(tally);
  }

  private static Map<String, Integer> empty(List<Band> bands) {
    Map<String, Integer> tally = new LinkedHashMap<>();
    bands.forEach(b -> tally.put(b.label(), 0));
    return tally;
  }

  private static List<Count> counts(Map<String, Integer> tally) {
    List<Count> counts = new ArrayList<>();
    tally.forEach((label, count) -> counts.add(new Count(label, count)));
    return List.copyOf(counts);
  }
}
