package org.tandem.planner.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tandem.planner.PlannerWording;

/**
 * Two scenarios side by side: every input, marked where the two differ, and every result. The page,
 * the PDF, the spreadsheet and the API all show these same lines, so they cannot disagree. Money is
 * in pounds and rates are shares (0.06), whatever the line is shown as. The lines are made by
 * {@link InputLines} and {@link ResultLines}.
 */
record ScenarioComparison(Side a, Side b, List<Line> inputs, List<Line> results) {

  /** Which scenario a side is. */
  record Side(long id, String name, String createdBy, OffsetDateTime createdAt) {
    static Side of(Scenario s) {
      return new Side(s.id(), s.name(), s.createdBy(), s.createdAt());
    }
  }

  /** How a line's values are shown: the unit, and how finely. */
  enum Kind {
    TEXT,
    COUNT,
    TENTHS,
    DECIMAL,
    POUNDS,
    MILLIONS,
    PERCENT,
    PER_POUND
  }

  /**
   * One figure in both scenarios. A value is a number, text, or null where a scenario does not have
   * it (an area only the other one plans for).
   */
  @Schema(name = "ComparisonLine")
  record Line(String key, String label, Kind kind, Object a, Object b, boolean differs) {

    static Line of(String key, String label, Kind kind, Object a, Object b) {
      return new Line(key, label, kind, a, b, !same(a, b));
    }

    /** The line's key as an HTML id: {@code areas[0].name} becomes {@code areas-0-name}. */
    public String id() {
      return key.replace("[", "-").replace("]", "").replace('.', '-');
    }

    public String shownA() {
      return show(kind, a);
    }

    public String shownB() {
      return show(kind, b);
    }

    /** B less A, when both are numbers. */
    public BigDecimal difference() {
      return a instanceof BigDecimal x && b instanceof BigDecimal y ? y.subtract(x) : null;
    }

    public String shownDifference() {
      BigDecimal d = difference();
      if (d == null) {
        return words().text(differs ? "planner.compare.differs" : "planner.compare.same");
      }
      if (d.signum() == 0) {
        return words().text("planner.compare.noDifference");
      }
      String sign = d.signum() > 0 ? "+" : "\u2212";
      if (kind == Kind.PERCENT) {
        return words()
            .text(
                "planner.compare.percentagePoints",
                sign + number("#,##0.##", d.abs().movePointRight(2)));
      }
      return sign + show(kind, d.abs());
    }

    private static boolean same(Object a, Object b) {
      if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
        return x.compareTo(y) == 0;
      }
      return a == null ? b == null : a.equals(b);
    }
  }

  public long inputsDiffering() {
    return inputs.stream().filter(Line::differs).count();
  }

  public long resultsDiffering() {
    return results.stream().filter(Line::differs).count();
  }

  // What differs is what a comparison is for, so the page and the PDF show it first and the rest
  // below; the API and the spreadsheet keep every line in the planner's order.

  public List<Line> differingInputs() {
    return inputs.stream().filter(Line::differs).toList();
  }

  public List<Line> sameInputs() {
    return inputs.stream().filter(l -> !l.differs()).toList();
  }

  public List<Line> differingResults() {
    return results.stream().filter(Line::differs).toList();
  }

  public List<Line> sameResults() {
    return results.stream().filter(l -> !l.differs()).toList();
  }

  static ScenarioComparison of(Scenario a, Scenario b) {
    return new ScenarioComparison(
        Side.of(a),
        Side.of(b),
        InputLines.of(a.inputs(), b.inputs()),
        ResultLines.of(a.plan(), b.plan()));
  }

  /**
   * The comparison with each line named in the language of the request being answered, from the
   * planner's bundle; a line the bundle does not name keeps its English name.
   */
  ScenarioComparison named() {
    return new ScenarioComparison(
        a, b, ComparisonNames.named(inputs, words()), ComparisonNames.named(results, words()));
  }

  /** The planner's wording in the language of the request being answered. */
  static PlannerWording words() {
    return PlannerWording.in(LocaleContextHolder.getLocale());
  }

  /** A value as the page and the PDF show it, in the reader's way of writing numbers. */
  static String show(Kind kind, Object value) {
    if (value == null) {
      // A return needs a cost to divide by; any other missing value is an area only one has.
      return words()
          .text(
              kind == Kind.PER_POUND
                  ? "planner.compare.notWorkedOut"
                  : "planner.compare.notInScenario");
    }
    if (!(value instanceof BigDecimal n)) {
      return value.toString();
    }
    return switch (kind) {
      case TEXT -> n.toPlainString();
      case COUNT -> number("#,##0", n);
      case TENTHS -> number("#,##0.0", n);
      case DECIMAL -> number("#,##0.##", n);
      case POUNDS -> "£" + number("#,##0", n);
      case MILLIONS ->
          words().text("planner.compare.millions", number("#,##0.#", n.movePointLeft(6)));
      case PERCENT -> number("#,##0.##", n.movePointRight(2)) + "%";
      case PER_POUND -> "£" + number("#,##0.00", n);
    };
  }

  private static String number(String pattern, BigDecimal n) {
    DecimalFormat format =
        new DecimalFormat(
            pattern, DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(n);
  }
}
