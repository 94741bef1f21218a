package org.tandem.planner.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan's forecast for the year so far beside what has happened in the linked Tandem areas. The
 * forecast to date is the year's forecast times the share of the year gone.
 *
 * @param actual as a commissioner may see it: a count from 1 to 4 is "<5"
 */
record ForecastAgainstActual(LocalDate from, LocalDate to, List<String> areas, List<Row> rows) {

  record Row(String label, long forecastYear, long forecastToDate, String actual, String basis) {}

  static long toDate(long forecastYear, LocalDate from, LocalDate to) {
    int daysInYear = from.lengthOfYear();
    int daysGone = to.getDayOfYear();
    return BigDecimal.valueOf(forecastYear)
        .multiply(BigDecimal.valueOf(daysGone))
        .divide(BigDecimal.valueOf(daysInYear), 0, RoundingMode.HALF_UP)
        .longValue();
  }
}
