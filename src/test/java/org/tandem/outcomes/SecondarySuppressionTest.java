package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A count withheld cannot be worked out from what the table still shows. The first attacker does
 * what a reader with a calculator would: in any row or column, including the totals, where one
 * figure is hidden and the rest are shown, the hidden one is the total minus the others; and each
 * figure found that way is used again. The second bounds each hidden figure: every one is at least
 * 1 (a zero is shown), so in a line whose total is known a hidden figure is at most the hidden
 * ones' sum less 1 for each of the others; it must still be free to be anything from 1 to 4.
 */
class SecondarySuppressionTest {

  @Test
  void aSmallCountBesideOneOfFiveWithAKnownTotalOfSixIsNotGivenAway() {
    // Shown as "<5" beside a "5 or more", a total of 6 made them 1 and 5.
    boolean[] hidden = SecondarySuppression.line(new int[] {1, 5}, 0);
    assertThat(hidden).containsExactly(true, true);
    assertThat(boundsGiveAway(new int[] {1, 5}, hidden, 0)).isEmpty();
  }

  @Test
  void twoSmallCountsThatMustMakeTwoTakeAThirdWithThem() {
    // Both hidden and adding up to 2, each is 1: the next smallest is hidden as well.
    boolean[] hidden = SecondarySuppression.line(new int[] {1, 1, 10, 12}, 0);
    assertThat(hidden).containsExactly(true, true, true, false);
    assertThat(boundsGiveAway(new int[] {1, 1, 10, 12}, hidden, 0)).isEmpty();
  }

  @Test
  void twoSmallCountsThatCouldEachBeUpToFourNeedNoOther() {
    boolean[] hidden = SecondarySuppression.line(new int[] {2, 3, 9}, 0);
    assertThat(hidden).containsExactly(true, true, false);
  }

  @Test
  void whereEveryPartIsSmallTheZerosAreHiddenToo() {
    // Five men in five bands of seven: hiding only the five ones, each would be 1.
    int[] parts = {1, 1, 0, 1, 1, 0, 1};
    boolean[] hidden = SecondarySuppression.line(parts, 0);
    for (boolean h : hidden) {
      assertThat(h).isTrue();
    }
  }

  @Test
  void peopleInNoLineProtectTheSmallCount() {
    // 20 in the whole, 13 in the lines: the 7 the reader cannot see hide the 3 well enough.
    assertThat(SecondarySuppression.line(new int[] {3, 10}, 7)).containsExactly(true, false);
  }

  @Test
  void noLineOfRandomPartsGivesASmallCountAwayByItsBounds() {
    Random random = new Random(23);
    for (int table = 0; table < 5000; table++) {
      int[] parts = new int[1 + random.nextInt(8)];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 30);
      }
      int unseen = random.nextInt(4) == 0 ? random.nextInt(6) : 0;
      boolean[] hidden = SecondarySuppression.line(parts, unseen);
      for (int i = 0; i < parts.length; i++) {
        if (Suppression.isSmall(parts[i])) {
          assertThat(hidden[i]).as("every small count is hidden").isTrue();
        }
      }
      int whole = java.util.Arrays.stream(parts).sum() + unseen;
      if (whole >= 5) {
        assertThat(boundsGiveAway(parts, hidden, unseen))
            .as("line %s", java.util.Arrays.toString(parts))
            .isEmpty();
      }
    }
  }

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
        if (!hidden.rowTotal()[r]) {
          boolean[] line = hidden.cell()[r];
          assertThat(boundsGiveAway(counts[r], line, 0)).as("table %d row %d", table, r).isEmpty();
        }
      }
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

  /**
   * The hidden small counts of a line whose whole is known (its parts and those in no part) that
   * the reader bounds more tightly than "from 1 to 4": each hidden part is at least 1 unless the
   * zeros are hidden too (every part hidden), and at most the hidden sum less the others' least.
   */
  private static List<String> boundsGiveAway(int[] parts, boolean[] hidden, int unseen) {
    int count = 0;
    long sum = unseen;
    boolean all = true;
    for (int i = 0; i < parts.length; i++) {
      if (hidden[i]) {
        count++;
        sum += parts[i];
      } else {
        all = false;
      }
    }
    long least = all ? 0 : 1;
    List<String> found = new java.util.ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      boolean alone = count == 1 && unseen == 0;
      if (hidden[i] && Suppression.isSmall(parts[i]) && (alone || sum - (count - 1) * least < 4)) {
        found.add("part " + i + " = " + parts[i] + " is at most " + (sum - (count - 1) * least));
      }
    }
    return found;
  }
}
