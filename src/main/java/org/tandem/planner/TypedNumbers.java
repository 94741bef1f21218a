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

  void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  Long whole(String field, String text, long min, long max, String what) {
    if (PlannerForm.isBlank(text)) {
      problem(field, "Enter " + lower(what));
      return null;
    }
    String digits = text.strip().replace(",", "").replace("£", "");
    if (!digits.matches("\\d{1,12}")) {
      problem(field, what + " must be a whole number, like 175000");
      return null;
    }
    long value = Long.parseLong(digits);
    if (value < min || value > max) {
      problem(
          field,
          what
              + " must be between "
              + String.format("%,d", min)
              + " and "
              + String.format("%,d", max));
      return null;
    }
    return value;
  }

  BigDecimal decimal(String field, String text, String max, String what) {
    if (PlannerForm.isBlank(text)) {
      problem(field, "Enter " + lower(what));
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
      if (value.signum() < 0 || value.compareTo(new BigDecimal(max)) > 0) {
        problem(field, what + " must be between 0 and " + max);
        return BigDecimal.ZERO;
      }
      return value;
    } catch (NumberFormatException e) {
      problem(field, what + " must be a number, like 1.5");
      return BigDecimal.ZERO;
    }
  }

  BigDecimal rate(String field, String text, String what) {
    BigDecimal percent =
        decimal(
            field, text == null ? null : text.replace("%", ""), "100", what + " (a percentage)");
    // Scale stripped, so a typed 6% and the published 0.06 are the same assumption.
    return percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  long millions(String field, String text, String what) {
    BigDecimal m = decimal(field, text, "100000", what + " (in £ million)");
    return m.multiply(BigDecimal.valueOf(1_000_000))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static String lower(String what) {
    return Character.toLowerCase(what.charAt(0)) + what.substring(1);
  }
}
