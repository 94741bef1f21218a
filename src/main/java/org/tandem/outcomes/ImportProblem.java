package org.tandem.outcomes;

/**
 * A problem with one cell (or a whole row) of an imported file. The message says what is allowed
 * and never repeats what was written.
 *
 * @param row the row in the file, the header being row 1
 * @param column the column's heading, or null for the whole row
 * @param caseCode the row's case code where it has one, to help find it
 */
public record ImportProblem(int row, String column, String caseCode, String message) {

  /** "Row 5 (B&D4), column sessions: Enter a number of sessions or completed" */
  public String describe() {
    StringBuilder s = new StringBuilder("Row ").append(row);
    if (caseCode != null && !caseCode.isBlank()) {
      s.append(" (").append(caseCode).append(')');
    }
    if (column != null) {
      s.append(", column ").append(column);
    }
    return s.append(": ").append(message).toString();
  }
}
