package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bars are drawn to scale, and a withheld or zero value draws no bar at all. */
class BarChartTest {

  private static BarChart funnel() {
    return BarChart.named("funnel", "Men referred")
        .bar("Referred", 10, "10")
        .bar("Assessed", 7, "7")
        .bar("Entered the programme", null, "<5")
        .bar("Completed", 0, "0");
  }

  @Test
  void theLongestBarIsFullWidthAndTheOthersAreToScale() {
    List<BarChart.Row> rows = funnel().rows();
    assertThat(rows)
        .extracting(BarChart.Row::length)
        .containsExactly("100.00%", "70.00%", "0.00%", "0.00%");
    assertThat(rows).extracting(BarChart.Row::drawn).containsExactly(true, true, false, false);
  }

  @Test
  void aWithheldValueShowsItsTextAndNoBar() {
    BarChart.Row withheld = funnel().rows().get(2);
    assertThat(withheld.drawn()).isFalse();
    assertThat(withheld.lines()).extracting(BarChart.Text::figure).containsExactly("<5");
  }

  @Test
  void aFixedScaleDrawsAgainstItsTop() {
    BarChart ladder = BarChart.named("ladder", "Ladder").upTo(10).bar("Before", 3, "3 out of 10");
    assertThat(ladder.rows().get(0).length()).isEqualTo("30.00%");
  }

  @Test
  void aChartOfNothingButZerosAndWithheldValuesHasNoBar() {
    assertThat(BarChart.named("w", "Waits").bar("Median", null, "withheld").anyBar()).isFalse();
    assertThat(funnel().anyBar()).isTrue();
  }

  @Test
  void aLongLabelIsBrokenBetweenWordsAndTheBarSitsBelowItsLastLine() {
    BarChart chart =
        BarChart.named("waits", "Waits")
            .bar("Median days from referral to the assessment decision", 12, "12")
            .bar("Longest wait so far, in days", 40, "40");
    BarChart.Row first = chart.rows().get(0);
    assertThat(first.lines())
        .extracting(BarChart.Text::words)
        .containsExactly("Median days from referral to the", "assessment decision");
    assertThat(first.lines().get(1).figure()).isEqualTo("12");
    assertThat(first.barY()).isGreaterThan(first.lines().get(1).y());
    BarChart.Row second = chart.rows().get(1);
    assertThat(second.lines().get(0).y()).isGreaterThan(first.barY() + chart.barHeight());
    assertThat(chart.height()).isEqualTo(second.barY() + chart.barHeight());
  }
}
