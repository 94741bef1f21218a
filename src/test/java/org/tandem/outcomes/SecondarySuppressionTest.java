package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A count withheld as "<5" cannot be worked out from what the table still shows. The attacker here
 * does what a reader with a calculator would: in any row or column, including the totals, where one
 * figure is hidden and the rest are shown, the hidden one is the total minus the others; and each
 * figure found that way is used again, until nothing more can be found.
 */
class SecondarySuppressionTest {

  @Test
  void aSmallCountAloneInItsRowTakesTheNextSmallestWithIt() {
    int[][] counts = {
      {3, 12, 20},
      {9, 15, 30}
    };
    SecondarySuppression.Hidden hidden = SecondarySuppression.of(counts);
    assertThat(hidden.cell()[0][0]).as("the small count").isTrue();
    assertThat(hidden.cell()[0][1]).as("the next smallest in its row").isTrue();
    assertThat(hidden.cell()[1][0] || hidden.rowTotal()[0] || hidden.columnTotal()[0])
        .as("its column hides a second figure too")
        .isTrue();
    assertThat(recovered(counts, hidden)).isZero();
  }

  @Test
  void aTableWithNoSmallCountHidesNothing() {
    int[][] counts = {
      {7, 12},
      {9, 0}
    };
    SecondarySuppression.Hidden hidden = SecondarySuppression.of(counts);
    for (boolean[] row : hidden.cell()) {
      for (boolean cell : row) {
        assertThat(cell).isFalse();
      }
    }
    assertThat(hidden.grandTotal()).isFalse();
  }

  @Test
  void whereOnlyZerosAreLeftTheTotalIsHidden() {
    int[][] counts = {{2, 0, 0}};
    SecondarySuppression.Hidden hidden = SecondarySuppression.of(counts);
    assertThat(hidden.cell()[0][0]).isTrue();
    assertThat(hidden.rowTotal()[0]).as("the total would give the 2 away").isTrue();
    assertThat(recovered(counts, hidden)).isZero();
  }

  @Test
  void noHiddenCountIsEverWorkedOutFromTheTotals() {
    Random random = new Random(17);
    for (int table = 0; table < 2000; table++) {
      int rows = 1 + random.nextInt(6);
      int columns = 1 + random.nextInt(6);
      int[][] counts = new int[rows][columns];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          // Mostly small numbers and zeros, as an area's quarter has.
          counts[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 40);
        }
      }
      SecondarySuppression.Hidden hidden = SecondarySuppression.of(counts);
      assertThat(recovered(counts, hidden)).as("table %d", table).isZero();
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          if (Suppression.isSmall(counts[r][c])) {
            assertThat(hidden.cell()[r][c]).as("every small count is hidden").isTrue();
          }
        }
      }
    }
  }

  /** How many hidden counts of 1 to 4 the attacker works out. */
  private static int recovered(int[][] counts, SecondarySuppression.Hidden hidden) {
    int rows = counts.length;
    int columns = counts[0].length;
    long[][] grid = new long[rows + 1][columns + 1];
    boolean[][] known = new boolean[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        grid[r][c] = counts[r][c];
        grid[r][columns] += counts[r][c];
        grid[rows][c] += counts[r][c];
        grid[rows][columns] += counts[r][c];
        known[r][c] = !hidden.cell()[r][c];
      }
      known[r][columns] = !hidden.rowTotal()[r];
    }
    for (int c = 0; c < columns; c++) {
      known[rows][c] = !hidden.columnTotal()[c];
    }
    known[rows][columns] = !hidden.grandTotal();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int r = 0; r <= rows; r++) {
        progress |= solveLine(known, r, -1);
      }
      for (int c = 0; c <= columns; c++) {
        progress |= solveLine(known, -1, c);
      }
    }
    int found = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (hidden.cell()[r][c] && known[r][c] && Suppression.isSmall(counts[r][c])) {
          found++;
        }
      }
    }
    return found;
  }

  /** One unknown in a line, with the rest known, is worked out. */
  private static boolean solveLine(boolean[][] known, int row, int column) {
    int length = row >= 0 ? known[row].length : known.length;
    int unknown = -1;
    int unknowns = 0;
    for (int i = 0; i < length; i++) {
      if (!(row >= 0 ? known[row][i] : known[i][column])) {
        unknowns++;
        unknown = i;
      }
    }
    if (unknowns != 1) {
      return false;
    }
    if (row >= 0) {
      known[row][unknown] = true;
    } else {
      known[unknown][column] = true;
    }
    return true;
  }
}
