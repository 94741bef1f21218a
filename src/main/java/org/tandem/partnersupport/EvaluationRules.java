package org.tandem.partnersupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandem.web.FieldProblem;

/**
 * The rules of her follow-up evaluations, in plain Java: they are done with her, so only once she
 * has been reached, never dated before that, and once for each point.
 */
public final class EvaluationRules {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private EvaluationRules() {}

  /**
   * Problems with a new evaluation beyond its own field rules. {@code reachedOn} is the date she
   * was first reached, or null if she has not been; {@code recorded} the points already recorded.
   */
  public static List<FieldProblem> problems(
      NewHerEvaluation evaluation, LocalDate reachedOn, Set<EvaluationPoint> recorded) {
    List<FieldProblem> problems = new ArrayList<>();
    if (reachedOn == null) {
      problems.add(
          new FieldProblem(
              "point",
              "She has not been reached yet. Her follow-up evaluations start from the date she is"
                  + " first contacted"));
      return problems;
    }
    if (evaluation.point() != null && recorded.contains(evaluation.point())) {
      problems.add(
          new FieldProblem(
              "point",
              "Her "
                  + evaluation.point().months()
                  + "-month evaluation is already recorded. Choose another follow-up"));
    }
    if (evaluation.completedOn() != null && evaluation.completedOn().isBefore(reachedOn)) {
      problems.add(
          new FieldProblem(
              "completedOn",
              "The date must be on or after "
                  + DAY.format(reachedOn)
                  + ", when she was first reached"));
    }
    return problems;
  }
}
