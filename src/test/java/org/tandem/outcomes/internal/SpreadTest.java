package org.tandem.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The median and range of a rate across areas, and when there are too few areas to give one. */
class SpreadTest {

  @Test
  void theMedianOfAnOddNumberIsTheMiddleAndOfAnEvenNumberTheMeanOfTheTwoMiddle() {
    Spread odd = Spread.of(List.of(30.0, 11.0, 20.0, 21.0, 20.0), 4, false);
    assertThat(odd).isEqualTo(new Spread(5, "20.0", "11.0", "30.0"));
    Spread even = Spread.of(List.of(10.0, 40.0, 20.0, 30.0, 50.0, 60.0), 5, true);
    assertThat(even).isEqualTo(new Spread(6, "35.0%", "10.0%", "60.0%"));
  }

  @Test
  void fewerThanFiveAreasAreNotEnoughToCompare() {
    assertThat(Spread.of(List.of(1.0, 2.0, 3.0, 4.0), 3, false)).isNull();
  }

  @Test
  void oneOrTwoOtherAreasBesideTheReadersOwnAreNotEnough() {
    List<Double> five = List.of(1.0, 2.0, 3.0, 4.0, 5.0);
    assertThat(Spread.of(five, 1, false)).isNull();
    assertThat(Spread.of(five, 2, false)).isNull();
    assertThat(Spread.of(five, 3, false)).isNotNull();
    assertThat(Spread.of(five, 0, false)).as("every area is the reader's own").isNotNull();
  }
}
