package org.tandem.outcomes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads a figure back from a quarterly report's spreadsheet, as a commissioner's system would. */
public final class ReportWorkbook {

  private ReportWorkbook() {}

  /** The value beside this label on this sheet: "7", "<5". */
  public static String value(byte[] xlsx, String sheet, String label) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows =
          wb.getSheets().filter(s -> s.getName().equals(sheet)).findFirst().orElseThrow().read();
      return rows.stream()
          .filter(r -> label.equals(r.getCellText(0)))
          .map(r -> r.getCellText(1))
          .findFirst()
          .orElseThrow(() -> new AssertionError("No " + label + " on " + sheet));
    }
  }

  /** The names of the sheets, in the order a commissioner sees their tabs. */
  public static List<String> sheets(byte[] xlsx) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return wb.getSheets().map(s -> s.getName()).toList();
    }
  }

  /** Each row of the sheet that holds anything, its cells' text joined by " | ". */
  public static List<String> rows(byte[] xlsx, String sheet) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> lines = new ArrayList<>();
      for (Row r :
          wb.getSheets().filter(s -> s.getName().equals(sheet)).findFirst().orElseThrow().read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
          cells.add(r.getOptionalCell(i).map(Cell::getText).orElse(""));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
          lines.add(String.join(" | ", cells));
        }
      }
      return lines;
    }
  }

  /** The number referred on the funnel sheet. */
  public static String referred(byte[] xlsx) throws IOException {
    return value(xlsx, "Referral funnel", "Referred");
  }
}
