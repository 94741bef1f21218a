package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.tandem.access.Area;
import org.tandem.outcomes.ReportPeriod;

/**
 * The benchmarks for a period: each key rate for the reader's own areas beside the median and range
 * of every area in Tandem with enough cases. Nothing in it names, or holds a figure of, an area the
 * reader does not cover.
 *
 * @param minimumReferrals the referrals in the period an area needs to be compared
 * @param minimumAreas the areas a median and range need
 */
record Benchmarks(
    ReportPeriod period,
    LocalDate asAt,
    int minimumReferrals,
    int minimumAreas,
    List<Area> yourAreas,
    List<Line> measures) {

  /**
   * One rate.
   *
   * @param yours the rate for each of {@link #yourAreas}, in the same order
   * @param spread null when there are not enough areas to compare
   */
  @Schema(name = "BenchmarkLine")
  record Line(String measure, String label, List<Yours> yours, Spread spread) {}

  /**
   * The rate of one of the reader's areas; value is null when the area has no adult women recorded.
   */
  record Yours(String area, String value) {}
}
