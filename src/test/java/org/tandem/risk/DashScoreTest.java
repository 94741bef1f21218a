package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashScoreTest {

  /** The first {@code yes} indicators answered yes, the rest of the 24 no. */
  static Map<Integer, DashAnswer> answers(int yes) {
    Map<Integer, DashAnswer> answers = new HashMap<>();
    for (int n = 1; n <= 24; n++) {
      answers.put(n, n <= yes ? DashAnswer.YES : DashAnswer.NO);
    }
    return answers;
  }

  @Test
  void thirteenTicksIsNotVisibleHighRisk() {
    DashScore score = DashScore.of(answers(13));
    assertThat(score.score()).isEqualTo(13);
    assertThat(score.visibleHighRisk()).isFalse();
  }

  @Test
  void fourteenTicksIsVisibleHighRisk() {
    DashScore score = DashScore.of(answers(14));
    assertThat(score.score()).isEqualTo(14);
    assertThat(score.visibleHighRisk()).isTrue();
    assertThat(score.yesIndicators())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
  }

  @Test
  void notKnownIsNotYes() {
    Map<Integer, DashAnswer> answers = answers(13);
    answers.put(20, DashAnswer.NOT_KNOWN);
    answers.put(21, DashAnswer.NOT_KNOWN);
    assertThat(DashScore.of(answers).score()).isEqualTo(13);
    assertThat(DashScore.of(answers).complete()).isTrue();
  }

  @Test
  void strangulationIsCalledOutWhateverTheScore() {
    Map<Integer, DashAnswer> answers = answers(0);
    answers.put(15, DashAnswer.YES);
    DashScore score = DashScore.of(answers);
    assertThat(score.strangulation()).isTrue();
    assertThat(score.visibleHighRisk()).isFalse();
    assertThat(DashScore.of(answers(14)).strangulation()).isFalse();
  }

  @Test
  void anIncompleteChecklistScoresWhatWasAnswered() {
    DashScore score = DashScore.of(Map.of(1, DashAnswer.YES, 2, DashAnswer.NO));
    assertThat(score.score()).isEqualTo(1);
    assertThat(score.complete()).isFalse();
  }

  @Test
  void thereAreOnlyTwentyFourIndicators() {
    assertThatThrownBy(() -> DashScore.of(Map.of(25, DashAnswer.YES)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
