package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.outcomes.Suppression;
import org.tandem.web.Languages;

/**
 * The words of a report in one language. A report's text is fixed when it is built, so the page,
 * PDF and spreadsheet made for a Welsh reader are Welsh throughout; {@link Suppression} and {@link
 * ReportPeriod} keep their English (the API's JSON and the domain rules use it), and are put into
 * the reader's language here.
 */
final class ReportWords {

  private final MessageSource messages;
  private final Locale locale;

  ReportWords(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = Languages.offered(locale);
  }

  Locale locale() {
    return locale;
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, locale);
  }

  /** The message, or {@code otherwise} when the bundle has none under this key. */
  String textOr(String key, String otherwise) {
    return messages.getMessage(key, null, otherwise, locale);
  }

  /**
   * "April to June 2026" in English. In Welsh the months stand apart, joined by a dash ("Ebrill –
   * Mehefin 2026"): after "i" a month's name would have to mutate.
   */
  String label(ReportPeriod period) {
    if (!period.isQuarter()) {
      return text("outcomes.period.dates", period.from().toString(), period.to().toString());
    }
    return text(
        "outcomes.period.quarter",
        month(period.from().getMonth()),
        month(period.to().getMonth()),
        String.valueOf(period.to().getYear()));
  }

  /** A day as the report writes it: "4 December 2026". */
  String day(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
  }

  /** A figure as shown, with the suppression's words in the reader's language. */
  String figure(String shown) {
    if (Suppression.WITHHELD.equals(shown)) {
      return text("outcomes.report.withheld");
    }
    if (Suppression.NONE.equals(shown)) {
      return text("outcomes.report.none");
    }
    return shown;
  }

  /** The section with every value and share it shows in the reader's language. */
  AreaReport.Section figures(AreaReport.Section section) {
    List<AreaReport.Table> tables = new ArrayList<>();
    for (AreaReport.Table t : section.tables()) {
      List<AreaReport.Line> lines = new ArrayList<>();
      for (AreaReport.Line l : t.lines()) {
        lines.add(
            new AreaReport.Line(l.label(), figure(l.value()), figure(l.share()), l.chartValue()));
      }
      tables.add(
          new AreaReport.Table(
              t.id(), t.caption(), t.chart(), t.valueHeading(), t.shareHeading(), lines));
    }
    return new AreaReport.Section(section.id(), section.title(), section.notes(), tables);
  }

  private String month(Month month) {
    return month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
  }
}
