package org.tandem.planner.internal;

import java.util.List;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.planner.Assumptions;
import org.tandem.planner.PlannerWording;
import org.tandem.planner.internal.ScenarioComparison.Line;

/**
 * Names a comparison's lines in the reader's language by their keys: an area's line by its number
 * ({@code areas[0].population} is "Area 1: population"), a budget line by the published budget's
 * name for its place, and every other line by its own key in the planner's bundle.
 */
final class ComparisonNames {

  private static final Pattern AREA = Pattern.compile("(?:areas|tandemAreas)\\[(\\d+)\\]\\.?(.*)");
  private static final Pattern BUDGET = Pattern.compile("budget\\[(\\d+)\\]");

  private ComparisonNames() {}

  static List<Line> named(List<Line> lines, PlannerWording words) {
    return lines.stream()
        .map(l -> new Line(l.key(), name(l, words), l.kind(), l.a(), l.b(), l.differs()))
        .toList();
  }

  private static String name(Line line, PlannerWording words) {
    try {
      Matcher area = AREA.matcher(line.key());
      if (area.matches()) {
        String what = area.group(2).isEmpty() ? "tandemArea" : area.group(2);
        return words.text("planner.line.areas." + what, Integer.parseInt(area.group(1)) + 1);
      }
      Matcher budget = BUDGET.matcher(line.key());
      if (budget.matches()) {
        int i = Integer.parseInt(budget.group(1));
        if (i >= Assumptions.PUBLISHED_BUDGET.size()) {
          return line.label();
        }
        String name = words.text("planner.budgetLine." + i);
        return Assumptions.PUBLISHED_BUDGET.get(i).firstYearOnly()
            ? words.text("planner.line.budgetFirstYearOnly", name)
            : words.text("planner.line.budget", name);
      }
      return words.text("planner.line." + line.key());
    } catch (MissingResourceException e) {
      return line.label();
    }
  }
}
