package org.tandem.outcomes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A simple table as a spreadsheet: a title, notes, a heading row and rows of text, with the same
 * figures as the page it comes from. A plain number is written as a number, so it can be charted.
 */
final class BenchmarksSpreadsheet {

  private BenchmarksSpreadsheet() {}

  static byte[] write(
      String sheet,
      String title,
      List<String> notes,
      List<String> headings,
      List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "Tandem", "1.0");
      Worksheet ws = wb.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
      int row = 0;
      ws.value(row, 0, title);
      ws.style(row, 0).bold().fontSize(14).set();
      row++;
      for (String note : notes) {
        ws.value(row++, 0, note);
      }
      row++;
      for (int c = 0; c < headings.size(); c++) {
        ws.value(row, c, headings.get(c));
        ws.style(row, c).bold().set();
      }
      row++;
      for (List<String> cells : rows) {
        for (int c = 0; c < cells.size(); c++) {
          cell(ws, row, c, cells.get(c));
        }
        row++;
      }
      ws.width(0, 60);
      for (int c = 1; c < headings.size(); c++) {
        ws.width(c, 24);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Each item as one row, its cells worked out by {@code cells}. */
  static <T> List<List<String>> rows(List<T> items, Function<T, List<String>> cells) {
    return items.stream().map(cells).toList();
  }

  private static void cell(Worksheet ws, int row, int col, String value) {
    if (value == null) {
      return;
    }
    if (value.matches("-?\\d{1,9}")) {
      ws.value(row, col, Integer.parseInt(value));
    } else if (value.matches("-?\\d{1,9}\\.\\d")) {
      ws.value(row, col, Double.parseDouble(value));
    } else {
      ws.value(row, col, value);
    }
  }
}
