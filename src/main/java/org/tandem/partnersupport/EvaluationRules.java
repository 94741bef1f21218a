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

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private EvaluationRules() {}

  /** The words the rules say their problems in: the reader's, from the bundle. */
  public interface Words {

    /** The sentence under this key of messages-partnersupport, with its values. */
    String say(String key, Object... args);

    /** The reader's language, for the date in a sentence. */
    Locale locale();
  }

  /**
   * Problems with a new evaluation beyond its own field rules. {@code reachedOn} is the date she
   * was first reached, or null if she has not been; {@code recorded} the points already recorded.
   */
  public static List<FieldProblem> problems(
      NewHerEvaluation evaluation,
      LocalDate reachedOn,
      Set<EvaluationPoint> recorded,
      Words words) {
    List<FieldProblem> problems = new ArrayList<>();
    if (reachedOn == null) {
      problems.add(
          new FieldProblem("point", words.say("partnersupport.problem.evaluation.notReached")));
      return problems;
    }
    if (evaluation.point() != null && recorded.contains(evaluation.point())) {
      problems.add(
          new FieldProblem(
              "point",
              words.say("partnersupport.problem.evaluation.already", evaluation.point().months())));
    }
    if (evaluation.completedOn() != null && evaluation.completedOn().isBefore(reachedOn)) {
      problems.add(
          new FieldProblem(
              "completedOn",
              words.say(
                  "partnersupport.problem.evaluation.beforeReached",
                  DAY.withLocale(words.locale()).format(reachedOn))));
    }
    return problems;
  }
}
