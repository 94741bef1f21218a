package org.tandem.planner.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.web.FieldProblem;

/** The rule for choosing what to compare: exactly two scenarios, and not the same one twice. */
final class CompareChoice {

  private CompareChoice() {}

  static List<FieldProblem> problems(String a, String b, PlannerMessages messages) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!readable(a)) {
      problems.add(new FieldProblem("a", messages.say("planner.problem.compareFirst")));
    }
    if (!readable(b)) {
      problems.add(new FieldProblem("b", messages.say("planner.problem.compareSecond")));
    }
    if (problems.isEmpty() && id(a) == id(b)) {
      problems.add(new FieldProblem("b", messages.say("planner.problem.compareDifferent")));
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
