package org.tandem.outcomes;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with one cell (or a whole row) of an imported file, kept as a bundle key and its
 * arguments so that it is put into words in the language of whoever reads it, on the page or in the
 * API's problem details. The message says what is allowed and never repeats what was written.
 *
 * @param row the row in the file, the header being row 1
 * @param column the column's heading, as the file names it, or null for the whole row
 * @param caseCode the row's case code where it has one, to help find it
 * @param key the message's key in the outcomes bundle
 * @param args the message's arguments
 */
public record ImportProblem(
    int row, String column, String caseCode, String key, List<Object> args) {

  public ImportProblem {
    args = List.copyOf(args);
  }

  public ImportProblem(int row, String column, String caseCode, String key, Object... args) {
    this(row, column, caseCode, key, Arrays.asList(args));
  }

  /**
   * The key of the frame that places the message in the file: "Row 5 (B&amp;D4), column sessions:
   * …", leaving out the case code or the column when the problem has none.
   */
  public String frameKey() {
    boolean hasCase = caseCode != null && !caseCode.isBlank();
    boolean hasColumn = column != null;
    if (hasCase) {
      return hasColumn ? "outcomes.import.at.rowCaseColumn" : "outcomes.import.at.rowCase";
    }
    return hasColumn ? "outcomes.import.at.rowColumn" : "outcomes.import.at.row";
  }

  /**
   * The frame's arguments around the message already put into words. The row is a string so that
   * row 1234 is not written "1,234": a spreadsheet numbers its rows without separators.
   */
  public Object[] frameArgs(String message) {
    boolean hasCase = caseCode != null && !caseCode.isBlank();
    List<Object> frame = new java.util.ArrayList<>();
    frame.add(String.valueOf(row));
    if (hasCase) {
      frame.add(caseCode);
    }
    if (column != null) {
      frame.add(column);
    }
    frame.add(message);
    return frame.toArray();
  }
}
