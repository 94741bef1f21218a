package org.tandem.outcomes.internal;

import java.util.EnumMap;
import java.util.Map;
import org.tandem.access.AreaPopulation;
import org.tandem.outcomes.Funnel;
import org.tandem.outcomes.RepeatVictimisation;
import org.tandem.outcomes.Suppression;

/**
 * One area's key rates for a period, each as the area's own report would show it (suppressed as
 * {@link Suppression} says) and as a number for the spread across areas, which is null whenever the
 * shown figure is withheld: a rate built on a count from 1 to 4 never enters a median or a range.
 */
record AreaRates(AreaPopulation area, int referred, Map<BenchmarkMeasure, Rate> rates) {

  /**
   * A rate: its value for the spread (null when withheld or when there is nothing to count) and the
   * text its own area sees; the text is null only when the area has no adult women recorded.
   */
  record Rate(Double value, String shown) {}

  /** Partners recorded on an area's cases, and those reached: counts, never a woman. */
  record Partners(int recorded, int reached) {}

  /**
   * @param partners the partners recorded on the cases referred in the period, and how many of them
   *     partner support has reached (contacted, engaged or declined)
   */
  static AreaRates of(
      AreaPopulation area, Funnel f, Partners partners, RepeatVictimisation.Result r) {
    Map<BenchmarkMeasure, Rate> rates = new EnumMap<>(BenchmarkMeasure.class);
    rates.put(BenchmarkMeasure.REFERRALS_PER_10000_ADULT_WOMEN, perTenThousand(f, area));
    rates.put(BenchmarkMeasure.SHARE_ASSESSED, share(f.assessed(), f.referred()));
    rates.put(BenchmarkMeasure.SHARE_STARTING_PROGRAMME, share(f.enteredProgramme(), f.referred()));
    rates.put(BenchmarkMeasure.COMPLETION, share(f.completedSixtyHours(), f.enteredProgramme()));
    rates.put(BenchmarkMeasure.PARTNERS_REACHED, share(partners.reached(), partners.recorded()));
    rates.put(BenchmarkMeasure.REPEAT_VICTIMISATION_DECREASE, decrease(r));
    return new AreaRates(area, f.referred(), Map.copyOf(rates));
  }

  private static Rate perTenThousand(Funnel f, AreaPopulation area) {
    if (!area.recorded()) {
      return new Rate(null, null);
    }
    double value = f.referred() * 10_000.0 / area.adultWomen();
    return number(value, Suppression.over(value, f.referred()), false);
  }

  private static Rate share(int part, int whole) {
    String shown = Suppression.percent(part, whole);
    if (whole == 0 || Suppression.builtOnSmall(part, whole)) {
      return new Rate(null, shown);
    }
    return new Rate(part * 100.0 / whole, shown);
  }

  private static Rate decrease(RepeatVictimisation.Result r) {
    Double value = r.percentDecrease() == null ? null : r.percentDecrease().doubleValue();
    return number(value, Suppression.over(value, r.cases(), r.remainingIncidents()), true);
  }

  /** A value as shown: a plain number (with % for a percentage), or the suppression's words. */
  private static Rate number(Double value, String shown, boolean percentage) {
    boolean isNumber = shown.matches("-?\\d+(\\.\\d)?");
    return new Rate(isNumber ? value : null, isNumber && percentage ? shown + "%" : shown);
  }
}
