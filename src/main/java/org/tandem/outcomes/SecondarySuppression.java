package org.tandem.outcomes;

/**
 * Secondary suppression: hiding the counts from 1 to 4 is not enough where the reader knows the
 * total, since a hidden count is then the total minus the rest; nor is it enough that two are
 * hidden, if what the two must add up to gives them away (two hidden counts that make 2 are both
 * 1). So a line whose total is shown keeps hiding its next smallest non-zero count until the hidden
 * counts could each still be anything from 1 to 4, as far as the total and the other figures tell:
 * each is at least 1 (a zero is shown, never hidden, so a hidden figure is not 0), so the largest a
 * hidden figure can be is what the hidden ones add up to less 1 for each of the others, and that
 * must be at least 4. Where only zeros are left to hide, the line's total is hidden.
 *
 * <p>Every figure hidden in such a line is shown with the one {@link #MARKER}, whether it is under
 * 5 or hidden to protect one that is: two marks, "<5" and "5 or more", would be bounds the reader
 * could add up ({1, 5} with a total of 6 gives the 1 away).
 *
 * <p>The published figures are the cells and the totals: {@link Hidden#cell}, {@link
 * Hidden#rowTotal}, {@link Hidden#columnTotal} and {@link Hidden#grandTotal} say which to hide. A
 * table of one line whose total the reader always knows, as a report's breakdown of a whole shown
 * elsewhere, goes through {@link #line} instead.
 */
public final class SecondarySuppression {

  /**
   * How a hidden figure is shown: "[c]", the shorthand the Government Statistical Service gives for
   * a figure withheld to keep it confidential.
   */
  public static final String MARKER = "[c]";

  /** The largest count that is hidden for being small: each hidden one could be up to this. */
  private static final int SMALLEST_SHOWN = 5;

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
   * The parts of one line whose whole the reader always knows, and how many people it also holds
   * that no part shows (they are in the whole, but the reader cannot see where): which parts to
   * hide. Where hiding every part that is not zero still leaves a small one to be worked out (the
   * whole is tiny), the zeros are hidden too, so that the reader cannot count the parts that hold
   * someone.
   */
  public static boolean[] line(int[] parts, int unseen) {
    boolean[] hidden = new boolean[parts.length];
    int count = 0;
    int sum = unseen;
    for (int i = 0; i < parts.length; i++) {
      if (Suppression.isSmall(parts[i])) {
        hidden[i] = true;
        count++;
        sum += parts[i];
      }
    }
    // Alone, a hidden part is the whole less the rest, unless people in no part hide it.
    while (count > 0 && ((count == 1 && unseen == 0) || !safe(sum, count))) {
      int next = smallestShown(parts, hidden);
      if (next < 0) {
        java.util.Arrays.fill(hidden, true);
        break;
      }
      hidden[next] = true;
      count++;
      sum += parts[next];
    }
    return hidden;
  }

  /**
   * Whether hidden figures that add up to {@code sum}, each at least 1, leave every one of them
   * free to be anything from 1 to 4.
   */
  private static boolean safe(long sum, int count) {
    return sum - (count - 1) >= SMALLEST_SHOWN - 1;
  }

  private static int smallestShown(int[] parts, boolean[] hidden) {
    int smallest = -1;
    for (int i = 0; i < parts.length; i++) {
      if (!hidden[i] && parts[i] > 0 && (smallest < 0 || parts[i] < parts[smallest])) {
        smallest = i;
      }
    }
    return smallest;
  }

  /**
   * Where the line (row {@code row}, or column {@code column} when row is -1) gives a hidden figure
   * away, hides its next smallest non-zero figure, or its total when none is left; whether it hid
   * anything. A line whose total is hidden gives nothing away by itself unless nothing else in it
   * is hidden, when the total is the sum of the rest.
   */
  private static boolean protect(int[][] grid, boolean[][] hidden, int row, int column) {
    int length = row >= 0 ? grid[row].length : grid.length;
    int total = length - 1;
    int hiddenCells = 0;
    long hiddenSum = 0;
    int smallest = -1;
    for (int i = 0; i < total; i++) {
      int r = row >= 0 ? row : i;
      int c = row >= 0 ? i : column;
      if (hidden[r][c]) {
        hiddenCells++;
        hiddenSum += grid[r][c];
      } else if (grid[r][c] > 0
          && (smallest < 0 || grid[r][c] < valueAt(grid, row, column, smallest))) {
        smallest = i;
      }
    }
    boolean totalHidden = row >= 0 ? hidden[row][total] : hidden[total][column];
    boolean givesAway =
        totalHidden
            ? hiddenCells == 0
            : hiddenCells == 1 || (hiddenCells > 1 && !safe(hiddenSum, hiddenCells));
    if (!givesAway) {
      return false;
    }
    int pick = smallest >= 0 ? smallest : total;
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
