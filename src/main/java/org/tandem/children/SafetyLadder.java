package org.tandem.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tandem.web.FieldProblem;

/**
 * The rules of the children's safety ladder, in plain Java: a child rates their own sense of safety
 * from 1 (not safe at all) to 10 (completely safe), before the work and after it. What changed is
 * the latest "after" reading against the latest "before" reading it follows.
 */
public final class SafetyLadder {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 10;

  private SafetyLadder() {}

  /**
   * Every problem with a new reading, field by field. {@code firstBeforeOn} is the date of the
   * child's earliest "before" reading, or null if there is none: an "after" reading needs a
   * "before" reading on or before its date.
   */
  public static List<FieldProblem> problems(
      LadderStage stage,
      LocalDate takenOn,
      Integer rating,
      LocalDate firstBeforeOn,
      LocalDate today) {
    return problems(stage, takenOn, rating, firstBeforeOn, today, ChildProblemWords.ENGLISH);
  }

  /** The same problems, in the words given. */
  static List<FieldProblem> problems(
      LadderStage stage,
      LocalDate takenOn,
      Integer rating,
      LocalDate firstBeforeOn,
      LocalDate today,
      ChildProblemWords words) {
    List<FieldProblem> problems = new ArrayList<>();
    if (stage == null) {
      problems.add(words.problem("stage", "children.problem.ladder.stageMissing"));
    }
    if (takenOn == null) {
      problems.add(words.problem("takenOn", "children.problem.ladder.dateMissing"));
    } else if (takenOn.isAfter(today)) {
      problems.add(words.problem("takenOn", "children.problem.ladder.dateFuture"));
    } else if (stage == LadderStage.AFTER) {
      if (firstBeforeOn == null) {
        problems.add(words.problem("stage", "children.problem.ladder.beforeFirst"));
      } else if (takenOn.isBefore(firstBeforeOn)) {
        problems.add(
            words.problem(
                "takenOn", "children.problem.ladder.afterTooEarly", words.date(firstBeforeOn)));
      }
    }
    if (!validRating(rating)) {
      problems.add(words.problem("rating", "children.problem.ladder.rating"));
    }
    return problems;
  }

  public static boolean validRating(Integer rating) {
    return rating != null && rating >= LOWEST && rating <= HIGHEST;
  }

  /**
   * The latest "before" reading and the latest "after" reading on or after it. An "after" reading
   * older than the latest "before" belongs to earlier work and is not compared with it.
   */
  public static Progress progress(List<LadderReading> readings) {
    Comparator<LadderReading> order =
        Comparator.comparing(LadderReading::takenOn).thenComparingLong(LadderReading::id);
    Optional<LadderReading> before =
        readings.stream().filter(r -> r.stage() == LadderStage.BEFORE).max(order);
    if (before.isEmpty()) {
      return new Progress(null, null);
    }
    LocalDate since = before.get().takenOn();
    Optional<LadderReading> after =
        readings.stream()
            .filter(r -> r.stage() == LadderStage.AFTER && !r.takenOn().isBefore(since))
            .max(order);
    return new Progress(before.get(), after.orElse(null));
  }

  /** A "before" reading and the "after" reading that follows it; either may be missing. */
  public record Progress(LadderReading before, LadderReading after) {

    /** After minus before, or null until both are known. */
    public Integer change() {
      return before == null || after == null ? null : after.rating() - before.rating();
    }

    /** For example "3 → 7, up 4", "6 → 4, down 2" or "5 → 5, no change". */
    public String summary() {
      if (before == null) {
        return "No readings yet";
      }
      if (after == null) {
        return before.rating() + " → no after reading yet";
      }
      int change = change();
      String how = change > 0 ? "up " + change : change < 0 ? "down " + (-change) : "no change";
      return before.rating() + " → " + after.rating() + ", " + how;
    }
  }
}
