package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

  @Test
  void countsFromOneToFourAreShownAsFewerThanFive() {
    assertThat(Suppression.count(0)).isEqualTo("0");
    for (int n = 1; n <= 4; n++) {
      assertThat(Suppression.count(n)).isEqualTo("<5");
    }
    assertThat(Suppression.count(5)).isEqualTo("5");
    assertThat(Suppression.count(120)).isEqualTo("120");
  }

  @Test
  void aPercentageThatWouldGiveASmallCountBackIsWithheld() {
    assertThat(Suppression.percent(3, 40)).isEqualTo(Suppression.WITHHELD);
    assertThat(Suppression.percent(6, 4)).isEqualTo(Suppression.WITHHELD);
    assertThat(Suppression.percent(0, 40)).isEqualTo("0.0%");
    assertThat(Suppression.percent(28, 31)).isEqualTo("90.3%");
    assertThat(Suppression.percent(0, 0)).isEqualTo(Suppression.NONE);
  }

  @Test
  void anAverageOverFewerThanFiveIsWithheld() {
    assertThat(Suppression.over(9.0, 3)).isEqualTo(Suppression.WITHHELD);
    assertThat(Suppression.over(8.96, 12)).isEqualTo("9.0");
    assertThat(Suppression.over(null, 0)).isEqualTo(Suppression.NONE);
  }

  @Test
  void anAverageBuiltOnAFewThingsCountedIsWithheldHoweverManyItIsOver() {
    assertThat(Suppression.average(2, 10)).isEqualTo(Suppression.WITHHELD);
    assertThat(Suppression.average(6, 10)).isEqualTo("0.6");
    assertThat(Suppression.average(0, 10)).isEqualTo("0.0");
    assertThat(Suppression.average(40, 3)).isEqualTo(Suppression.WITHHELD);
    assertThat(Suppression.average(0, 0)).isEqualTo(Suppression.NONE);
    assertThat(Suppression.over(90.3, 31, 3)).isEqualTo(Suppression.WITHHELD);
    assertThat(Suppression.over(90.3, 31, 28)).isEqualTo("90.3");
  }
}
