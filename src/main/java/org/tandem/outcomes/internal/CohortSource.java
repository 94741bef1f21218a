package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * What an imported table is: the source it was copied from and the period its cases cover, so that
 * its cohort can be told apart from live figures and from other imports. A period is kept as whole
 * months: from the first day of its first month to the last day of its last.
 *
 * @param name null only for imports made through the API without one
 * @param from null when the period was not given
 * @param to null when the period was not given
 */
record CohortSource(String name, String fileName, LocalDate from, LocalDate to) {

  static final int NAME_MAX = 200;

  /** From the import page, where the source and both months are asked for. */
  static CohortSource fromPage(
      String name,
      String fileName,
      String fromMonth,
      String fromYear,
      String toMonth,
      String toYear,
      LocalDate today,
      OutcomesWords words) {
    List<FieldProblem> problems = new ArrayList<>();
    String source = name(name, true, problems, words);
    YearMonth from = month("periodFrom", "starts", fromMonth, fromYear, problems, words);
    YearMonth to = month("periodTo", "ends", toMonth, toYear, problems, words);
    inOrder(from, to, today, problems, words);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new CohortSource(source, fileName(fileName), from.atDay(1), to.atEndOfMonth());
  }

  /**
   * From the API, where each may be left out so that clients written before cohorts still work; a
   * period given is written as two months, 2007-01 and 2008-06.
   */
  static CohortSource fromApi(
      String name, String from, String to, LocalDate today, OutcomesWords words) {
    List<FieldProblem> problems = new ArrayList<>();
    String source = name(name, false, problems, words);
    boolean noPeriod = blank(from) && blank(to);
    YearMonth first = noPeriod ? null : isoMonth("from", from, problems, words);
    YearMonth last = noPeriod ? null : isoMonth("to", to, problems, words);
    inOrder(first, last, today, problems, words);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new CohortSource(
        source,
        null,
        first == null ? null : first.atDay(1),
        last == null ? null : last.atEndOfMonth());
  }

  private static String name(
      String written, boolean required, List<FieldProblem> problems, OutcomesWords words) {
    String name = blank(written) ? null : written.replaceAll("\\p{Cntrl}", "").strip();
    if (name == null && required) {
      problems.add(words.problem("source", "outcomes.problem.enterSource"));
    } else if (name != null && name.length() > NAME_MAX) {
      problems.add(
          words.problem("source", "outcomes.problem.sourceTooLong", String.valueOf(NAME_MAX)));
    }
    return name;
  }

  private static YearMonth month(
      String field,
      String verb,
      String month,
      String year,
      List<FieldProblem> problems,
      OutcomesWords words) {
    if (blank(month) && blank(year)) {
      problems.add(words.problem(field, "outcomes.problem.enterMonth." + verb));
      return null;
    }
    try {
      int m = Integer.parseInt(month.strip());
      int y = Integer.parseInt(year.strip());
      if (m >= 1 && m <= 12 && y >= 1900 && y <= 9999) {
        return YearMonth.of(y, m);
      }
    } catch (NumberFormatException | NullPointerException e) {
      // Said below, the same as a month out of range.
    }
    problems.add(words.problem(field, "outcomes.problem.realMonth." + verb));
    return null;
  }

  private static YearMonth isoMonth(
      String field, String written, List<FieldProblem> problems, OutcomesWords words) {
    try {
      return YearMonth.parse(written == null ? "" : written.strip());
    } catch (DateTimeParseException e) {
      problems.add(words.problem(field, "outcomes.problem.isoMonths"));
      return null;
    }
  }

  private static void inOrder(
      YearMonth from,
      YearMonth to,
      LocalDate today,
      List<FieldProblem> problems,
      OutcomesWords words) {
    if (from == null || to == null) {
      return;
    }
    if (to.isBefore(from)) {
      problems.add(words.problem("periodTo", "outcomes.problem.endsBeforeStart"));
    } else if (to.isAfter(YearMonth.from(today))) {
      problems.add(words.problem("periodTo", "outcomes.problem.endsInFuture"));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String fileName(String s) {
    if (blank(s)) {
      return null;
    }
    String t = s.replaceAll("\\p{Cntrl}", "").strip();
    return t.length() > NAME_MAX ? t.substring(0, NAME_MAX) : t;
  }
}
