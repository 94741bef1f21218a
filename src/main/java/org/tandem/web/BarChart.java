package org.tandem.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart, drawn by the {@code charts :: bars} fragment as SVG. The page's
 * Content-Security-Policy refuses inline style, so a bar's length cannot be a style; it is an SVG
 * attribute worked out here, which the policy allows and the PDF renderer draws the same way.
 *
 * <p>Each bar has its label and its figure as shown ("12", "<5", "£4,200") above it. A value that
 * is withheld or not known has no value: it is drawn with no bar at all and only its shown text, so
 * the length of a bar can never give back a suppressed number. A zero draws no bar.
 *
 * <p>Built one bar at a time, from Java or from a template:
 *
 * <pre>
 * {@code BarChart.named("hours", "Hours attended").bar("Attended", 12.5, "12 hours 30 minutes")}
 * </pre>
 *
 * @param id the chart's id in the page; its title's id is this with {@code -title}
 * @param name what the chart shows, its visible title and its accessible name
 * @param bars the bars, top to bottom
 * @param scale the value a full-width bar stands for; the largest value when it is more
 */
public record BarChart(String id, String name, List<Bar> bars, double scale) {

  static final int FIRST_BASELINE = 15;
  static final int LINE_HEIGHT = 20;
  static final int BELOW_BASELINE = 6;
  static final int BAR_HEIGHT = 18;
  static final int BETWEEN_BARS = 11;

  public BarChart {
    bars = List.copyOf(bars);
  }

  /** A chart with no bars yet. */
  public static BarChart named(String id, String name) {
    return new BarChart(id, name, List.of(), 0);
  }

  /**
   * This chart with one more bar at the bottom.
   *
   * @param value the bar's value, or null when it is withheld or not known (no bar is drawn)
   * @param shown the figure as the reader sees it
   */
  public BarChart bar(String label, Number value, String shown) {
    List<Bar> more = new ArrayList<>(bars);
    more.add(new Bar(label, value == null ? null : value.doubleValue(), shown));
    return new BarChart(id, name, more, scale);
  }

  /** This chart with a full-width bar standing for at least this value (a 1 to 10 scale: 10). */
  public BarChart upTo(Number value) {
    return new BarChart(id, name, bars, value.doubleValue());
  }

  /** One bar: its label, its value (null: no bar) and its figure as shown. */
  public record Bar(String label, Double value, String shown) {}

  /**
   * Where one bar is drawn: its label and figure in lines above it, the bar under them. The length
   * is an SVG {@code width} in percent of the chart's width, so the chart fills whatever width it
   * is given, and no figure runs past the end of a long bar.
   *
   * @param drawn whether a bar is drawn at all (not for zero, not for a withheld value)
   */
  public record Row(List<Text> lines, int barY, String length, boolean drawn) {}

  /**
   * A line of a bar's label at its baseline; the figure, in bold, ends the last line (or is the
   * whole of it, with no gap before it, when the label left no room).
   */
  public record Text(String words, String figure, int y) {

    /** The gap between the words and the figure. */
    public int figureDx() {
      return words.isEmpty() ? 0 : 8;
    }
  }

  /** The bars laid out top to bottom. */
  public List<Row> rows() {
    // A full-width bar stands for the chart's scale, or for its largest bar when that is more. A
    // chart whose bars are all zero or withheld has nothing to scale: no bar is drawn.
    double largest = bars.stream().mapToDouble(BarChart::valueOf).max().orElse(0);
    double full = Math.max(scale, largest);
    List<Row> rows = new ArrayList<>();
    int top = 0;
    for (Bar bar : bars) {
      List<Text> lines = new ArrayList<>();
      int baseline = top + FIRST_BASELINE - LINE_HEIGHT;
      for (ChartLabel.Line line : ChartLabel.lines(bar.label(), bar.shown())) {
        baseline += LINE_HEIGHT;
        lines.add(new Text(line.text(), line.figure(), baseline));
      }
      double share = full <= 0 ? 0 : 100 * valueOf(bar) / full;
      boolean drawn = share > 0;
      // A value far smaller than the largest still shows as a sliver, never as nothing.
      double length = drawn ? Math.max(share, 0.5) : 0;
      int barTop = baseline + BELOW_BASELINE;
      rows.add(new Row(lines, barTop, percent(length), drawn));
      top = barTop + BAR_HEIGHT + BETWEEN_BARS;
    }
    return rows;
  }

  /**
   * Whether any bar has a length: a chart of nothing but zeros and withheld values says nothing.
   */
  public boolean anyBar() {
    return bars.stream().anyMatch(b -> valueOf(b) > 0);
  }

  /** The height of each bar in pixels. */
  public int barHeight() {
    return BAR_HEIGHT;
  }

  /** The chart's height in pixels: down to the bottom of the last bar. */
  public int height() {
    List<Row> rows = rows();
    return rows.isEmpty() ? 1 : rows.get(rows.size() - 1).barY() + BAR_HEIGHT;
  }

  /** The id of the chart's title, which names the chart to assistive technology. */
  public String titleId() {
    return id + "-title";
  }

  private static double valueOf(Bar bar) {
    return bar.value() == null || bar.value() < 0 ? 0 : bar.value();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share);
  }
}
