package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.tandem.access.Area;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.BarChart;

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

    /**
     * The table as a bar chart with this name: one bar a line, each showing its value as the table
     * does. A suppressed value has no chart value, so it is drawn with no bar.
     */
    public BarChart bars(String name) {
      BarChart chart = BarChart.named(id + "-chart", name);
      for (Line line : lines) {
        chart = chart.bar(line.label(), line.chartValue(), line.value());
      }
      return chart;
    }
  }

  /**
   * One row: its label, the value as shown ("12", "<5"), its share where it has one, and the number
   * the chart draws, which is null when the value is suppressed.
   */
  @Schema(name = "AreaReportLine")
  record Line(String label, String value, String share, Integer chartValue) {}
}
