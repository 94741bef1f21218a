package org.tandem.assessment.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Small wordings the report pages and the PDF share, called from the templates as {@code
 * T(org.tandem.assessment.internal.ReportText)}.
 */
public final class ReportText {

  /** Where the service works: report dates and times are as the referrer reads them. */
  public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

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

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
