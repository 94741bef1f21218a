package org.tandem.outcomes;

/**
 * Secondary suppression for a table of counts published with its row and column totals. Hiding the
 * counts from 1 to 4 is not enough: where a row or column shows its total and every other count but
 * one, the hidden one is the total minus the rest. So every line of the table (each row and each
 * column, totals included) must hide none of its figures or at least two; where a line hides
 * exactly one, the next smallest count it shows is hidden too, and so on until no line gives a
 * figure away. A zero is never hidden to protect another (it hides nothing: it is known to be at
 * least 0 and the rest is the total); where only zeros are left, the line's total is hidden.
 *
 * <p>The published figures are the cells and the totals: {@link Hidden#cell}, {@link
 * Hidden#rowTotal}, {@link Hidden#columnTotal} and {@link Hidden#grandTotal} say which to show as
 * {@link Suppression#SMALL} or as withheld.
 */
public final class SecondarySuppression {

  /**
   * How a figure hidden by this step is shown: "[c]", the shorthand the Government Statistical
   * Service gives for a figure withheld to keep it confidential. It is not "<5": the figure is not
   * small, and saying it were would be false.
   */
  public static final String MARKER = "[c]";

  /** What {@link #MARKER} means, where a report can say it only in English (spreadsheet cells). */
  public static final String FOOTNOTE =
      MARKER
          + " withheld so that a count under 5 cannot be worked out from the total and the others";

  private SecondarySuppression() {}

  /** Which figures of the table are hidden. */
  public record Hidden(
      boolean[][] cell, boolean[] rowTotal, boolean[] columnTotal, boolean grandTotal) {}

  /** The figures to hide in a table of counts, {@code counts[row][column]}, with its totals. */
  public static Hidden of(int[][] counts) {
    int rows = counts.length;
    int columns = rows == 0 ? 0 : counts[0].length;
    // The table as a grid with its totals: the last column holds the row totals, the last row the
    // column totals, and the corner the grand total. Each row and column of the grid is a line.
    int[][] grid = new int[rows + 1][columns + 1];
    boolean[][] hidden = new boolean[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        grid[r][c] = counts[r][c];
        grid[r][columns] += counts[r][c];
        grid[rows][c] += counts[r][c];
        grid[rows][columns] += counts[r][c];
      }
    }
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        hidden[r][c] = Suppression.isSmall(grid[r][c]);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r <= rows; r++) {
        changed |= protect(grid, hidden, r, -1);
      }
      for (int c = 0; c <= columns; c++) {
        changed |= protect(grid, hidden, -1, c);
      }
    }
    boolean[][] cell = new boolean[rows][columns];
    boolean[] rowTotal = new boolean[rows];
    boolean[] columnTotal = new boolean[columns];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(hidden[r], 0, cell[r], 0, columns);
      rowTotal[r] = hidden[r][columns];
    }
    for (int c = 0; c < columns; c++) {
      columnTotal[c] = hidden[rows][c];
    }
    return new Hidden(cell, rowTotal, columnTotal, hidden[rows][columns]);
  }

  /**
   * If the line (row {@code row}, or column {@code column} when row is -1) hides exactly one
   * figure, hides its next smallest non-zero figure, or its total when none is left; whether it hid
   * anything.
   */
  private static boolean protect(int[][] grid, boolean[][] hidden, int row, int column) {
    int length = row >= 0 ? grid[row].length : grid.length;
    int hiddenInLine = 0;
    int smallest = -1;
    for (int i = 0; i < length; i++) {
      int r = row >= 0 ? row : i;
      int c = row >= 0 ? i : column;
      if (hidden[r][c]) {
        hiddenInLine++;
      } else if (grid[r][c] > 0
          && (smallest < 0 || grid[r][c] < valueAt(grid, row, column, smallest))) {
        smallest = i;
      }
    }
    if (hiddenInLine != 1) {
      return false;
    }
    int pick = smallest >= 0 ? smallest : length - 1;
    int r = row >= 0 ? row : pick;
    int c = row >= 0 ? pick : column;
    if (hidden[r][c]) {
      return false;
    }
    hidden[r][c] = true;
    return true;
  }

  private static int valueAt(int[][] grid, int row, int column, int i) {
    return row >= 0 ? grid[row][i] : grid[i][column];
  }
}
