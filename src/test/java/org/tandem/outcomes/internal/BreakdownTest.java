package org.tandem.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.outcomes.Count;
import org.tandem.outcomes.SecondarySuppression;
import org.tandem.outcomes.internal.AreaReport.Line;

/** The lines of a breakdown: which counts are shown, which withheld, and how. */
class BreakdownTest {

  @Test
  void aSmallCountTakesTheNextSmallestWithItAndTheLargestStays() {
    List<Line> lines =
        Breakdown.withShares(
            List.of(new Count("a", 3), new Count("b", 6), new Count("c", 0), new Count("d", 11)),
            20);
    assertThat(lines.get(0))
        .as("one mark for every count withheld, small or not")
        .isEqualTo(new Line("a", SecondarySuppression.MARKER, SecondarySuppression.MARKER, null));
    assertThat(lines.get(1))
        .as("the next smallest, with its share and no bar")
        .isEqualTo(new Line("b", SecondarySuppression.MARKER, SecondarySuppression.MARKER, null));
    assertThat(lines.get(2)).as("a zero protects nothing").isEqualTo(new Line("c", "0", "0.0%", 0));
    assertThat(lines.get(3)).isEqualTo(new Line("d", "11", "55.0%", 11));
  }

  @Test
  void twoSmallCountsProtectEachOtherAndNothingElseIsHidden() {
    List<Line> lines =
        Breakdown.countsOnly(List.of(new Count("a", 2), new Count("b", 3), new Count("c", 9)), 14);
    assertThat(lines)
        .extracting(Line::value)
        .containsExactly(SecondarySuppression.MARKER, SecondarySuppression.MARKER, "9");
    assertThat(lines).extracting(Line::share).containsOnly("");
  }

  @Test
  void peopleTheListLeavesOutAreAPartTheReaderCannotSee() {
    // 20 men, of whom the listed sources hold 13: the 7 unlisted already hide the <5's line.
    List<Line> lines = Breakdown.withShares(List.of(new Count("a", 3), new Count("b", 10)), 20);
    assertThat(lines).extracting(Line::value).containsExactly(SecondarySuppression.MARKER, "10");
  }

  @Test
  void aSmallCountIsNotGivenAwayByTheBoundsOfTheMarks() {
    // As "<5" and "[c]" (5 or more), a whole of 6 made them 1 and 5; as one mark, 1 to 5 each.
    List<Line> lines = Breakdown.withShares(List.of(new Count("a", 1), new Count("b", 5)), 6);
    assertThat(lines)
        .extracting(Line::value)
        .containsExactly(SecondarySuppression.MARKER, SecondarySuppression.MARKER);
  }

  @Test
  void noSmallCountAndNoPartsHideNothing() {
    assertThat(Breakdown.countsOnly(List.of(), 0)).isEmpty();
    assertThat(Breakdown.withShares(List.of(new Count("a", 5), new Count("b", 0)), 5))
        .extracting(Line::value)
        .containsExactly("5", "0");
  }
}
