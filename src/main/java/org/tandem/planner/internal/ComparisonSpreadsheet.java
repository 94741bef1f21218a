package org.tandem.planner.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tandem.planner.internal.ScenarioComparison.Kind;
import org.tandem.planner.internal.ScenarioComparison.Line;

/**
 * Two scenarios side by side as a spreadsheet: every number is a number (money in pounds, rates as
 * shares shown as percentages), formatted as the page shows it, so a commissioner can work with the
 * figures without retyping them.
 */
final class ComparisonSpreadsheet {

  private ComparisonSpreadsheet() {}

  static byte[] write(ScenarioComparison c, PlannerMessages words) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "Tandem", "1.0");
      Worksheet ws = wb.newWorksheet(words.say("planner.spreadsheet.sheet"));
      int row = 0;
      ws.value(row, 0, words.say("planner.spreadsheet.title"));
      ws.style(row, 0).bold().fontSize(14).set();
      row += 2;
      ws.value(row, 0, words.say("planner.spreadsheet.scenarioA"));
      ws.value(row++, 1, c.a().name());
      ws.value(row, 0, words.say("planner.spreadsheet.scenarioB"));
      ws.value(row++, 1, c.b().name());
      ws.value(row++, 0, words.say("planner.spreadsheet.note"));
      row++;
      row = table(ws, row, words.say("planner.spreadsheet.assume"), c, c.inputs(), words);
      row++;
      table(ws, row, words.say("planner.spreadsheet.workOut"), c, c.results(), words);
      ws.width(0, 70);
      ws.width(1, 24);
      ws.width(2, 24);
      ws.width(3, 24);
      ws.width(4, 10);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static int table(
      Worksheet ws,
      int row,
      String caption,
      ScenarioComparison c,
      List<Line> lines,
      PlannerMessages words) {
    ws.value(row, 0, caption);
    ws.value(row, 1, c.a().name());
    ws.value(row, 2, c.b().name());
    ws.value(row, 3, words.say("planner.spreadsheet.difference"));
    ws.value(row, 4, words.say("planner.spreadsheet.differs"));
    ws.range(row, 0, row, 4).style().bold().wrapText(true).set();
    row++;
    for (Line line : lines) {
      ws.value(row, 0, line.label());
      cell(ws, row, 1, line.kind(), line.a());
      cell(ws, row, 2, line.kind(), line.b());
      BigDecimal difference = line.difference();
      if (difference != null) {
        cell(ws, row, 3, line.kind(), difference);
      }
      ws.value(
          row, 4, words.say(line.differs() ? "planner.spreadsheet.yes" : "planner.spreadsheet.no"));
      row++;
    }
    return row;
  }

  private static void cell(Worksheet ws, int row, int col, Kind kind, Object value) {
    if (value instanceof BigDecimal n) {
      ws.value(row, col, n);
      ws.style(row, col).format(format(kind, n)).set();
    } else {
      ws.value(row, col, ScenarioComparison.show(kind, value));
    }
  }

  private static String format(Kind kind, BigDecimal n) {
    return switch (kind) {
      case COUNT -> "#,##0";
      case TENTHS -> "#,##0.0";
      case POUNDS, MILLIONS -> "\"£\"#,##0";
      case PER_POUND -> "\"£\"0.00";
      case PERCENT -> n.movePointRight(2).stripTrailingZeros().scale() <= 0 ? "0%" : "0.0##%";
      case DECIMAL, TEXT -> "General";
    };
  }
}
