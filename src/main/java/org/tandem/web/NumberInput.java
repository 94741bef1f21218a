package org.tandem.web;

import java.math.BigDecimal;

/**
 * Reads a number typed into a text box. Forms keep numbers as the text typed, so that a mistake is
 * shown back exactly as it was entered; this reads that text when the form is sent.
 */
public final class NumberInput {

  private NumberInput() {}

  /** A whole number, or null when nothing was typed or what was typed is not one. */
  public static Integer whole(String typed) {
    if (isBlank(typed)) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A number that may have a decimal point, or null when blank or not a number. */
  public static BigDecimal decimal(String typed) {
    if (isBlank(typed)) {
      return null;
    }
    try {
      return new BigDecimal(typed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Something was typed, but it is not a whole number. */
  public static boolean notWhole(String typed) {
    return !isBlank(typed) && whole(typed) == null;
  }

  public static boolean isBlank(String typed) {
    return typed == null || typed.isBlank();
  }
}
