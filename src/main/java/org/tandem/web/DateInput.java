package org.tandem.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The three boxes of a GOV.UK date input, kept as typed so that a mistake can be shown back exactly
 * as it was entered.
 */
public class DateInput {

  private String day = "";
  private String month = "";
  private String year = "";

  public DateInput() {}

  public static DateInput of(LocalDate date) {
    DateInput d = new DateInput();
    if (date != null) {
      d.day = String.valueOf(date.getDayOfMonth());
      d.month = String.valueOf(date.getMonthValue());
      d.year = String.valueOf(date.getYear());
    }
    return d;
  }

  public boolean isBlank() {
    return blank(day) && blank(month) && blank(year);
  }

  /** The date, or null when blank or not a real date; {@link #problem} says which. */
  public LocalDate toDate() {
    if (isBlank()) {
      return null;
    }
    try {
      int y = Integer.parseInt(year.strip());
      if (year.strip().length() != 4) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /**
   * A GOV.UK-style message for a date that was entered but is not a real date, else null, in the
   * reader's language. {@code what} names the date in that language already, as a sentence begins
   * ("The date of the review"; in Welsh "Dyddiad yr adolygiad"): only the sentence around it is put
   * into words here.
   */
  public String problem(String what) {
    if (isBlank() || toDate() != null) {
      return null;
    }
    if (blank(day) || blank(month) || blank(year)) {
      return WebWords.text("web.date.incomplete", what);
    }
    return WebWords.text("web.date.notReal", what);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
