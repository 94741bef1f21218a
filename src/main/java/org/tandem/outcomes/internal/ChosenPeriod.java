package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * The period a benchmark or return is asked for: the dates from and to (YYYY-MM-DD, both included),
 * or a quarter written 2026-Q3, or else the last whole quarter. Anything else is refused with a
 * problem naming the parameter, never a server error.
 */
@Component
class ChosenPeriod {

  private final ServiceClock clock;
  private final MessageSource messages;

  ChosenPeriod(ServiceClock clock, MessageSource messages) {
    this.clock = clock;
    this.messages = messages;
  }

  /** A whole quarter written 2026-Q3, or the last whole quarter when none is given. */
  ReportPeriod quarter(String quarter) {
    return of(quarter, null, null);
  }

  ReportPeriod of(String quarter, String from, String to) {
    LocalDate today = clock.today();
    if (blank(from) && blank(to)) {
      if (blank(quarter)) {
        return ReportPeriod.quarterOf(today).previousQuarter();
      }
      ReportPeriod q =
          ReportPeriod.parseQuarter(quarter)
              .orElseThrow(() -> refused("quarter", "benchmarks.problem.quarter"));
      if (q.from().isAfter(today)) {
        throw refused("quarter", "benchmarks.problem.future");
      }
      return q;
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = date("from", from, problems);
    LocalDate end = date("to", to, problems);
    if (start != null && start.isAfter(today)) {
      problems.add(problem("from", "benchmarks.problem.future"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(problem("to", "benchmarks.problem.endBeforeStart"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ReportPeriod(start, end);
  }

  private LocalDate date(String field, String typed, List<FieldProblem> problems) {
    if (blank(typed)) {
      problems.add(problem(field, "benchmarks.problem.bothDates"));
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      problems.add(problem(field, "benchmarks.problem.date"));
      return null;
    }
  }

  private InvalidRequestException refused(String field, String key) {
    return new InvalidRequestException(List.of(problem(field, key)));
  }

  private FieldProblem problem(String field, String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return new FieldProblem(field, messages.getMessage(key, null, locale));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
