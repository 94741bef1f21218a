package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The figures of a report read from its JSON, one a line: the figure named by its section, table
 * and line, with the value and share as shown. Read from the JSON, not the report's Java types, so
 * that a version frozen long ago is read the same way whatever the report has become since.
 */
final class ReportFigures {

  /** One figure as shown: "Referral funnel: Cases by stage: Referred", "12", "100.0%". */
  @Schema(name = "AreaReportFigure")
  record Figure(String name, String value, String share) {}

  /** A figure that changed: what was sent, and what it is now; null when it was not there. */
  @Schema(name = "AreaReportDifference")
  record Difference(String name, String was, String now) {}

  private ReportFigures() {}

  static List<Figure> of(JsonNode report) {
    List<Figure> figures = new ArrayList<>();
    for (JsonNode section : report.path("sections")) {
      for (JsonNode table : section.path("tables")) {
        for (JsonNode line : table.path("lines")) {
          figures.add(
              new Figure(
                  section.path("title").asString()
                      + ": "
                      + table.path("caption").asString()
                      + ": "
                      + line.path("label").asString(),
                  line.path("value").asString(""),
                  line.path("share").asString("")));
        }
      }
    }
    return figures;
  }

  /** Each figure whose value or share differs between the two, in the order of the later report. */
  static List<Difference> between(JsonNode sent, JsonNode now) {
    Map<String, String> was = shown(of(sent));
    Map<String, String> is = shown(of(now));
    List<Difference> differences = new ArrayList<>();
    is.forEach(
        (name, value) -> {
          if (!Objects.equals(was.get(name), value)) {
            differences.add(new Difference(name, was.get(name), value));
          }
        });
    was.forEach(
        (name, value) -> {
          if (!is.containsKey(name)) {
            differences.add(new Difference(name, value, null));
          }
        });
    return differences;
  }

  private static Map<String, String> shown(List<Figure> figures) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (Figure f : figures) {
      // A name met twice keeps both, told apart by their order.
      String name = shown.containsKey(f.name()) ? f.name() + " (" + shown.size() + ")" : f.name();
      shown.put(name, f.share().isEmpty() ? f.value() : f.value() + " (" + f.share() + ")");
    }
    return shown;
  }
}
