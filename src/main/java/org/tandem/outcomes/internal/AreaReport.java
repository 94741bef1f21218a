package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.tandem.access.Area;
import org.tandem.outcomes.ReportPeriod;

/**
 * The quarterly report of one area, already suppressed: every value is text as a commissioner may
 * see it. The page, the PDF, the spreadsheet and the API all show this one object, so they cannot
 * disagree.
 */
record AreaReport(Area area, ReportPeriod period, LocalDate producedOn, List<Section> sections) {

  record Section(String id, String title, List<String> notes, List<Table> tables) {}

  /**
   * A table of figures. When {@code chart} is set the page and PDF draw its counts as bars beside
   * the table, which stays as the chart's text alternative.
   */
  record Table(
      String id,
      String caption,
      boolean chart,
      String valueHeading,
      String shareHeading,
      List<Line> lines) {

    /** The bar's length as a percentage of the longest bar; zero for a suppressed value. */
    public int barWidth(Line line) {
      int max =
          lines.stream().mapToInt(l -> l.chartValue() == null ? 0 : l.chartValue()).max().orElse(0);
      if (max == 0 || line.chartValue() == null) {
        return 0;
      }
      return Math.max(1, Math.round(line.chartValue() * 100f / max));
    }
  }

  /**
   * One row: its label, the value as shown ("12", "<5"), its share where it has one, and the number
   * the chart draws, which is null when the value is suppressed.
   */
  @Schema(name = "AreaReportLine")
  record Line(String label, String value, String share, Integer chartValue) {}
}
