package org.tandem.outcomes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The quarterly report as a spreadsheet: one sheet per section, each table under its caption. A
 * value that is a plain number is written as a number, so commissioners can chart it; a suppressed
 * value stays as the text "<5", or "[c]" in a table whose counts add up to a known whole.
 */
final class AreaReportSpreadsheet {

  private AreaReportSpreadsheet() {}

  /** The report, already in its reader's words; {@code words} gives the period in the same. */
  static byte[] write(AreaReport report, ReportWords words) {
    return write(report, words, null);
  }

  /**
   * The report as frozen at sign-off: the sign-off sheet first, as a cover sheet is, then the
   * sections on the sheets they have always had. {@code signOff} null for the live report.
   */
  static byte[] write(AreaReport report, ReportWords words, SignOffSheet signOff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "Tandem", "1.0");
      if (signOff != null) {
        signOff.write(wb, report, words);
      }
      for (AreaReport.Section section : report.sections()) {
        Worksheet ws = wb.newWorksheet(sheetName(section.title()));
        int row = 0;
        ws.value(
            row,
            0,
            section.title() + " – " + report.area().name() + ", " + words.label(report.period()));
        ws.style(row, 0).bold().fontSize(14).set();
        row += 1;
        for (String note : section.notes()) {
          ws.value(row++, 0, note);
        }
        row++;
        for (AreaReport.Table table : section.tables()) {
          ws.value(row, 0, table.caption());
          ws.style(row, 0).bold().set();
          row++;
          ws.value(row, 0, "");
          ws.value(row, 1, table.valueHeading());
          ws.value(row, 2, table.shareHeading());
          ws.range(row, 0, row, 2).style().bold().set();
          row++;
          for (AreaReport.Line line : table.lines()) {
            ws.value(row, 0, line.label());
            cell(ws, row, 1, line.value());
            ws.value(row, 2, line.share());
            row++;
          }
          row++;
        }
        // Below the tables, so that every figure stays in the row it has always had.
        if (Breakdown.anyWithheld(section.tables())) {
          ws.value(row, 0, words.text("secondarySuppression.marker"));
        }
        ws.width(0, 60);
        ws.width(1, 22);
        ws.width(2, 26);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void cell(Worksheet ws, int row, int col, String value) {
    if (value.matches("\\d{1,9}")) {
      ws.value(row, col, Integer.parseInt(value));
    } else if (value.matches("\\d{1,9}\\.\\d")) {
      ws.value(row, col, Double.parseDouble(value));
    } else {
      ws.value(row, col, value);
    }
  }

  /** Sheet names are at most 31 characters and may not hold some punctuation. */
  private static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
