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

/**
 * Small wordings the report pages and the PDF share, called from the templates as {@code
 * T(org.tandem.assessment.internal.ReportText)}.
 */
public final class ReportText {

  /** Where the service works: report dates and times are as the referrer reads them. */
  public static final ZoneId SERVICE_ZONE = ServiceClock.ZONE;

  private ReportText() {}

  /** Minutes as a person says them: "18 hours", "1 hour 30 minutes", "45 minutes". */
  public static String duration(int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return plural(rest, "minute");
    }
    if (rest == 0) {
      return plural(hours, "hour");
    }
    return plural(hours, "hour") + " " + plural(rest, "minute");
  }

  /** A moment in the service's own time zone. */
  public static ZonedDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(SERVICE_ZONE);
  }

  /** Dates as a list a person reads: "3 May 2026, 26 April 2026 and 19 April 2026". */
  public static String dates(List<LocalDate> dates) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    List<String> shown = dates.stream().map(format::format).toList();
    if (shown.size() <= 1) {
      return String.join("", shown);
    }
    return shown.subList(0, shown.size() - 1).stream().collect(Collectors.joining(", "))
        + " and "
        + shown.get(shown.size() - 1);
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
