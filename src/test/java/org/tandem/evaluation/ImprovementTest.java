package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Improved means a rating of 4 or 5 on a scale where 3 is no change. */
class ImprovementTest {

  @Test
  void fourAndFiveAreImprovedThreeAndBelowAreNot() {
    assertThat(Improvement.improved(5)).isTrue();
    assertThat(Improvement.improved(4)).isTrue();
    assertThat(Improvement.improved(3)).as("no change").isFalse();
    assertThat(Improvement.improved(2)).isFalse();
    assertThat(Improvement.improved(1)).isFalse();
  }

  @Test
  void noRatingOrOneOffTheScaleIsNotImproved() {
    assertThat(Improvement.improved(null)).isFalse();
    assertThat(Improvement.improved(0)).as("not asked").isFalse();
    assertThat(Improvement.improved(6)).isFalse();
    assertThat(Improvement.onTheScale(0)).isFalse();
    assertThat(Improvement.onTheScale(1)).isTrue();
    assertThat(Improvement.onTheScale(5)).isTrue();
    assertThat(Improvement.onTheScale(6)).isFalse();
  }
}
