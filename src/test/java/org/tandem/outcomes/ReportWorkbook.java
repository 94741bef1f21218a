package org.tandem.outcomes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
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

  /** The number referred on the funnel sheet. */
  public static String referred(byte[] xlsx) throws IOException {
    return value(xlsx, "Referral funnel", "Referred");
  }
}
