package org.tandem.outcomes.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The first sheet of a spreadsheet frozen at sign-off: which version it is, who signed it off and
 * when, the manager's notes, and for a correction why and what changed from the version before. A
 * commissioner who saved the file long ago can tell from the file alone what they hold, as the
 * PDF's sign-off box tells it. It names nobody but the signing manager.
 *
 * @param signedOffAt in the service's time zone, as the PDF and the page show it
 * @param notes empty when the manager wrote none
 * @param correctionReason empty for a first version
 * @param differences from the version before; empty for a first version
 */
record SignOffSheet(
    int version,
    String signedOffName,
    LocalDateTime signedOffAt,
    String notes,
    String correctionReason,
    List<ReportFigures.Difference> differences) {

  private static final int LABEL = 0;
  private static final int VALUE = 1;

  /** Adds the sheet to the workbook, in the words of the report. */
  void write(Workbook wb, AreaReport report, ReportWords words) {
    String name = words.text("quarterly.sheet.name");
    Worksheet ws = wb.newWorksheet(name);
    String period = words.label(report.period());
    ws.value(0, LABEL, name + " – " + report.area().name() + ", " + period);
    ws.style(0, LABEL).bold().fontSize(14).set();
    int row = 2;
    row = fact(ws, row, words.text("quarterly.list.area"), report.area().name());
    row = fact(ws, row, words.text("quarterly.list.quarter"), period);
    ws.value(row, LABEL, words.text("quarterly.quarter.version"));
    ws.value(row++, VALUE, version);
    row =
        fact(
            ws,
            row,
            words.text("quarterly.version.signedOffBy"),
            signedOffName + " (" + words.text("Role.SERVICE_MANAGER") + ")");
    row =
        fact(
            ws,
            row,
            words.text("quarterly.version.signedOffOn"),
            signedOffAt.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", words.locale())));
    row = fact(ws, row, words.text("quarterly.pdf.notes"), notes);
    if (version > 1) {
      row = fact(ws, row, words.text("quarterly.pdf.correctionReason"), correctionReason);
      differences(ws, row + 1, words);
    }
    ws.range(2, LABEL, row - 1, LABEL).style().bold().set();
    ws.width(LABEL, 60);
    ws.width(VALUE, 40);
    ws.width(VALUE + 1, 22);
  }

  private static int fact(Worksheet ws, int row, String label, String value) {
    ws.value(row, LABEL, label);
    if (!value.isEmpty()) {
      ws.value(row, VALUE, value);
      // Notes run to thousands of characters: wrapped, they stay readable in the column.
      ws.style(row, VALUE).wrapText(true).verticalAlignment("top").set();
    }
    return row + 1;
  }

  private void differences(Worksheet ws, int row, ReportWords words) {
    int before = version - 1;
    ws.value(row, LABEL, words.text("quarterly.prepare.differencesHeading", before));
    ws.style(row, LABEL).bold().set();
    row++;
    if (differences.isEmpty()) {
      ws.value(row, LABEL, words.text("quarterly.prepare.noDifferences", before));
      return;
    }
    ws.value(row, LABEL, words.text("quarterly.prepare.figure"));
    ws.value(row, VALUE, words.text("quarterly.prepare.was"));
    ws.value(row, VALUE + 1, words.text("quarterly.prepare.now"));
    ws.range(row, LABEL, row, VALUE + 1).style().bold().set();
    row++;
    String notShown = words.text("quarterly.prepare.notShown");
    for (ReportFigures.Difference d : differences) {
      ws.value(row, LABEL, d.name());
      ws.value(row, VALUE, d.was() == null ? notShown : d.was());
      ws.value(row, VALUE + 1, d.now() == null ? notShown : d.now());
      row++;
    }
  }
}
