package org.tandem.outcomes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.evaluation.MeasureResult;
import org.tandem.evaluation.ReferrerMeasure;
import org.tandem.outcomes.Count;

/**
 * Labels the report receives in English from the modules that count (age bands, the points of an
 * evaluation), put into the reader's words. A band written in figures only ("18–24") reads the same
 * in every language and is kept.
 */
final class ReportLabels {

  private static final Map<String, String> BANDS =
      Map.of(
          AgeBands.NOT_RECORDED,
          "outcomes.report.band.notRecorded",
          "Under 18",
          "outcomes.report.band.under18",
          "55 and over",
          "outcomes.report.band.55AndOver");

  private static final Pattern MONTHS = Pattern.compile("(\\d+) months");

  private final ReportWords words;

  ReportLabels(ReportWords words) {
    this.words = words;
  }

  List<Count> bands(List<Count> counts) {
    List<Count> named = new ArrayList<>();
    for (Count c : counts) {
      String key = BANDS.get(c.label());
      named.add(key == null ? c : new Count(words.text(key), c.count()));
    }
    return named;
  }

  /** "Respectful communication (3 months)", the measure's name taken from {@code keys}. */
  String measure(String keys, MeasureResult m) {
    String name = words.textOr(keys + m.measure(), m.label());
    return words.text("outcomes.report.evaluations.measure", name, point(m.point()));
  }

  private String point(String point) {
    if (ReferrerMeasure.POINT.equals(point)) {
      return words.text("outcomes.report.evaluations.afterEngagement");
    }
    Matcher months = MONTHS.matcher(point);
    return months.matches()
        ? words.text("outcomes.report.evaluations.months", months.group(1))
        : point;
  }
}
