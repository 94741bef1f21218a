package org.tandem.planner.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.web.FieldProblem;

/** The rule for choosing what to compare: exactly two scenarios, and not the same one twice. */
final class CompareChoice {

  private CompareChoice() {}

  static List<FieldProblem> problems(String a, String b) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!readable(a)) {
      problems.add(new FieldProblem("a", "Choose the first scenario to compare"));
    }
    if (!readable(b)) {
      problems.add(new FieldProblem("b", "Choose the second scenario to compare"));
    }
    if (problems.isEmpty() && id(a) == id(b)) {
      problems.add(new FieldProblem("b", "Choose two different scenarios to compare"));
    }
    return problems;
  }

  static long id(String text) {
    return Long.parseLong(text.strip());
  }

  private static boolean readable(String text) {
    return text != null && text.strip().matches("\\d{1,18}");
  }
}
