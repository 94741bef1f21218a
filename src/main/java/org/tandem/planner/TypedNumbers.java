package org.tandem.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tandem.web.FieldProblem;

/**
 * Reads typed numbers, noting a problem (never repeating the value) for each that cannot be read.
 */
final class TypedNumbers {
  final List<FieldProblem> problems = new ArrayList<>();
  private final PlannerWording words;

  TypedNumbers(PlannerWording words) {
    this.words = words;
  }

  /** A problem in the user's language, from the planner's bundle. */
  void problemSaid(String field, String key, Object... args) {
    problem(field, words.text(key, args));
  }

  /** A name in the user's language, from the planner's bundle. */
  String said(String key, Object... args) {
    return words.text(key, args);
  }

  void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  /** A whole number; {@code what} is the bundle key of the question's name in a problem. */
  Long whole(String field, String text, long min, long max, String what) {
    return wholeNamed(field, text, min, max, said(what));
  }

  private Long wholeNamed(String field, String text, long min, long max, String what) {
    if (PlannerForm.isBlank(text)) {
      problemSaid(field, "planner.problem.enter", lower(what));
      return null;
    }
    String digits = text.strip().replace(",", "").replace("£", "");
    if (!digits.matches("\\d{1,12}")) {
      problemSaid(field, "planner.problem.whole", what);
      return null;
    }
    long value = Long.parseLong(digits);
    if (value < min || value > max) {
      problemSaid(field, "planner.problem.between", what, min, max);
      return null;
    }
    return value;
  }

  /** A decimal; {@code what} is the bundle key of the question's name in a problem. */
  BigDecimal decimal(String field, String text, String max, String what) {
    return decimalNamed(field, text, max, said(what));
  }

  private BigDecimal decimalNamed(String field, String text, String max, String what) {
    if (PlannerForm.isBlank(text)) {
      problemSaid(field, "planner.problem.enter", lower(what));
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
      if (value.signum() < 0 || value.compareTo(new BigDecimal(max)) > 0) {
        problemSaid(field, "planner.problem.decimalBetween", what, max);
        return BigDecimal.ZERO;
      }
      return value;
    } catch (NumberFormatException e) {
      problemSaid(field, "planner.problem.number", what);
      return BigDecimal.ZERO;
    }
  }

  BigDecimal rate(String field, String text, String what) {
    BigDecimal percent =
        decimalNamed(
            field,
            text == null ? null : text.replace("%", ""),
            "100",
            said("planner.problem.percentage", said(what)));
    // Scale stripped, so a typed 6% and the published 0.06 are the same assumption.
    return percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  long millions(String field, String text, String what) {
    BigDecimal m =
        decimalNamed(field, text, "100000", said("planner.problem.millions", said(what)));
    return m.multiply(BigDecimal.valueOf(1_000_000))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  // An acronym (IDVAs, MARACs) keeps its capitals in the middle of a sentence.
  private static String lower(String what) {
    boolean acronym = what.length() > 1 && Character.isUpperCase(what.charAt(1));
    return acronym ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
  }
}
