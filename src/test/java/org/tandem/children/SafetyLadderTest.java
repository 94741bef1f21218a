package org.tandem.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.web.FieldProblem;

/** The safety ladder's rules: ratings, the before-then-after order, and the change. */
class SafetyLadderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 27);

  private static LadderReading reading(long id, LadderStage stage, LocalDate on, int rating) {
    return new LadderReading(id, stage, on, rating, "childrens.worker");
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void ratingsFromOneToTenAreValidAndNothingElse() {
    assertThat(SafetyLadder.validRating(1)).isTrue();
    assertThat(SafetyLadder.validRating(10)).isTrue();
    assertThat(SafetyLadder.validRating(0)).isFalse();
    assertThat(SafetyLadder.validRating(11)).isFalse();
    assertThat(SafetyLadder.validRating(null)).isFalse();
  }

  @Test
  void aFirstBeforeReadingNeedsOnlyAStageADateAndARating() {
    assertThat(SafetyLadder.problems(LadderStage.BEFORE, TODAY, 3, null, TODAY)).isEmpty();
    assertThat(fields(SafetyLadder.problems(null, null, null, null, TODAY)))
        .containsExactly("stage", "takenOn", "rating");
    assertThat(SafetyLadder.problems(LadderStage.BEFORE, TODAY, 0, null, TODAY))
        .containsExactly(new FieldProblem("rating", "Enter a rating from 1 to 10"));
  }

  @Test
  void aReadingCannotBeInTheFuture() {
    assertThat(SafetyLadder.problems(LadderStage.BEFORE, TODAY.plusDays(1), 3, null, TODAY))
        .containsExactly(
            new FieldProblem("takenOn", "The date of the reading must be today or in the past"));
  }

  @Test
  void anAfterReadingEarlierThanTheFirstBeforeIsRefusedAndOnTheSameDayIsNot() {
    LocalDate firstBefore = TODAY.minusDays(10);
    assertThat(
            SafetyLadder.problems(
                LadderStage.AFTER, firstBefore.minusDays(1), 7, firstBefore, TODAY))
        .containsExactly(
            new FieldProblem(
                "takenOn",
                "An after reading cannot be earlier than the first before reading, on 17 March"
                    + " 2026"));
    assertThat(SafetyLadder.problems(LadderStage.AFTER, firstBefore, 7, firstBefore, TODAY))
        .isEmpty();
  }

  @Test
  void anAfterReadingWithNoBeforeReadingIsRefused() {
    assertThat(fields(SafetyLadder.problems(LadderStage.AFTER, TODAY, 7, null, TODAY)))
        .containsExactly("stage");
  }

  @Test
  void theChangeIsTheLatestAfterAgainstTheLatestBefore() {
    SafetyLadder.Progress progress =
        SafetyLadder.progress(
            List.of(
                reading(1, LadderStage.BEFORE, TODAY.minusDays(30), 2),
                reading(2, LadderStage.BEFORE, TODAY.minusDays(20), 3),
                reading(3, LadderStage.AFTER, TODAY.minusDays(10), 5),
                reading(4, LadderStage.AFTER, TODAY.minusDays(1), 7)));
    assertThat(progress.before().rating()).isEqualTo(3);
    assertThat(progress.after().rating()).isEqualTo(7);
    assertThat(progress.change()).isEqualTo(4);
    assertThat(progress.summary()).isEqualTo("3 → 7, up 4");
  }

  @Test
  void theChangeIsWordedDownOrUnchanged() {
    LadderReading before = reading(1, LadderStage.BEFORE, TODAY.minusDays(5), 6);
    assertThat(
            SafetyLadder.progress(List.of(before, reading(2, LadderStage.AFTER, TODAY, 4)))
                .summary())
        .isEqualTo("6 → 4, down 2");
    assertThat(
            SafetyLadder.progress(List.of(before, reading(2, LadderStage.AFTER, TODAY, 6)))
                .summary())
        .isEqualTo("6 → 6, no change");
  }

  @Test
  void onTheSameDayTheReadingRecordedLastCounts() {
    SafetyLadder.Progress progress =
        SafetyLadder.progress(
            List.of(
                reading(5, LadderStage.AFTER, TODAY, 8),
                reading(2, LadderStage.BEFORE, TODAY, 4),
                reading(1, LadderStage.BEFORE, TODAY, 2),
                reading(3, LadderStage.AFTER, TODAY, 5)));
    assertThat(progress.summary()).isEqualTo("4 → 8, up 4");
  }

  @Test
  void withoutReadingsOrWithoutAnAfterThereIsNoChange() {
    assertThat(SafetyLadder.progress(List.of()).change()).isNull();
    assertThat(SafetyLadder.progress(List.of()).summary()).isEqualTo("No readings yet");
    SafetyLadder.Progress onlyBefore =
        SafetyLadder.progress(List.of(reading(1, LadderStage.BEFORE, TODAY, 3)));
    assertThat(onlyBefore.change()).isNull();
    assertThat(onlyBefore.summary()).isEqualTo("3 → no after reading yet");
  }

  @Test
  void anAfterReadingOlderThanANewBeforeReadingIsNotComparedWithIt() {
    SafetyLadder.Progress progress =
        SafetyLadder.progress(
            List.of(
                reading(1, LadderStage.BEFORE, TODAY.minusDays(60), 2),
                reading(2, LadderStage.AFTER, TODAY.minusDays(30), 6),
                reading(3, LadderStage.BEFORE, TODAY.minusDays(5), 4)));
    assertThat(progress.before().id()).isEqualTo(3);
    assertThat(progress.after()).isNull();
    assertThat(progress.change()).isNull();
  }
}
