package org.tandem.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tandem.calendar.ServiceClock;
import org.thymeleaf.expression.Messages;

/**
 * Small wordings the report pages and the PDF share, called from the templates as {@code
 * T(org.tandem.assessment.internal.ReportText)}.
 */
public final class ReportText {

  /** Where the service works: report dates and times are as the referrer reads them. */
  public static final ZoneId SERVICE_ZONE = ServiceClock.ZONE;

  private ReportText() {}

  /**
   * Minutes as a person says them, in the page's or the PDF's language: "18 hours", "1 hour 30
   * minutes", "45 minutes"; in Welsh "18 awr", "1 awr 30 munud".
   */
  public static String duration(int minutes, Messages messages) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return messages.msg("report.duration.minutes", rest);
    }
    if (rest == 0) {
      return messages.msg("report.duration.hours", hours);
    }
    return messages.msg(
        "report.duration.hoursAndMinutes",
        messages.msg("report.duration.hours", hours),
        messages.msg("report.duration.minutes", rest));
  }

  /** A moment in the service's own time zone. */
  public static ZonedDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(SERVICE_ZONE);
  }

  /**
   * Dates as a list a person reads, in the language of the page or PDF: "3 May 2026, 26 April 2026
   * and 19 April 2026"; in Welsh "3 Mai 2026, 26 Ebrill 2026 a 19 Ebrill 2026".
   */
  public static String dates(List<LocalDate> dates, Messages messages, Locale locale) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    List<String> shown = dates.stream().map(format::format).toList();
    if (shown.size() <= 1) {
      return String.join("", shown);
    }
    return messages.msg(
        "report.dates.and",
        shown.subList(0, shown.size() - 1).stream().collect(Collectors.joining(", ")),
        shown.get(shown.size() - 1));
  }
}
