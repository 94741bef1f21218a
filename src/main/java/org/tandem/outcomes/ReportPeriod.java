package org.tandem.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a figure covers, both included. Reports run by quarter of the calendar year, the way
 * commissioners receive them (Q1 is January to March).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

  public ReportPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("A period cannot end before it starts");
    }
  }

  public static ReportPeriod quarter(int year, int quarter) {
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new ReportPeriod(from, from.plusMonths(3).minusDays(1));
  }

  public static ReportPeriod quarterOf(LocalDate day) {
    return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** Reads a quarter written as 2026-Q3; empty when it is not one. */
  public static java.util.Optional<ReportPeriod> parseQuarter(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    Matcher m = QUARTER.matcher(text.trim());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  public boolean isQuarter() {
    return from.getDayOfMonth() == 1
        && (from.getMonthValue() - 1) % 3 == 0
        && to.equals(from.plusMonths(3).minusDays(1));
  }

  /** 2026-Q3, for a quarter. */
  public String code() {
    return from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
  }

  /** "July to September 2026" for a quarter; the dates otherwise. */
  public String label() {
    if (isQuarter()) {
      return MONTH.format(from) + " to " + MONTH.format(to) + " " + to.getYear();
    }
    return from + " to " + to;
  }

  public ReportPeriod previousQuarter() {
    return quarterOf(from.minusDays(1));
  }

  public ReportPeriod nextQuarter() {
    return quarterOf(to.plusDays(1));
  }
}
