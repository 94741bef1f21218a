package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.outcomes.internal.AgeBands;

/** The age bands of the quarterly report: their edges, their order, and the empty bands. */
class AgeBandsTest {

  @Test
  void mensBandsChangeOnTheirBirthdays() {
    assertThat(AgeBands.man(17)).isEqualTo("Under 18");
    assertThat(AgeBands.man(18)).isEqualTo("18–24");
    assertThat(AgeBands.man(24)).isEqualTo("18–24");
    assertThat(AgeBands.man(25)).isEqualTo("25–34");
    assertThat(AgeBands.man(34)).isEqualTo("25–34");
    assertThat(AgeBands.man(35)).isEqualTo("35–44");
    assertThat(AgeBands.man(44)).isEqualTo("35–44");
    assertThat(AgeBands.man(45)).isEqualTo("45–54");
    assertThat(AgeBands.man(54)).isEqualTo("45–54");
    assertThat(AgeBands.man(55)).isEqualTo("55 and over");
    assertThat(AgeBands.man(90)).isEqualTo("55 and over");
    assertThat(AgeBands.man(null)).isEqualTo("Not recorded");
  }

  @Test
  void childrensBandsCoverNoughtToEighteen() {
    assertThat(AgeBands.child(0)).isEqualTo("0–4");
    assertThat(AgeBands.child(4)).isEqualTo("0–4");
    assertThat(AgeBands.child(5)).isEqualTo("5–10");
    assertThat(AgeBands.child(10)).isEqualTo("5–10");
    assertThat(AgeBands.child(11)).isEqualTo("11–15");
    assertThat(AgeBands.child(15)).isEqualTo("11–15");
    assertThat(AgeBands.child(16)).isEqualTo("16–18");
    assertThat(AgeBands.child(18)).isEqualTo("16–18");
    assertThatThrownBy(() -> AgeBands.child(19)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyBandIsListedInOrderWithItsTotal() {
    Map<Integer, Integer> men = new HashMap<>();
    men.put(30, 2);
    men.put(33, 1);
    men.put(null, 4);
    men.put(60, 1);
    assertThat(AgeBands.men(men))
        .containsExactly(
            new Count("Under 18", 0),
            new Count("18–24", 0),
            new Count("25–34", 3),
            new Count("35–44", 0),
            new Count("45–54", 0),
            new Count("55 and over", 1),
            new Count("Not recorded", 4));
    assertThat(AgeBands.children(Map.of(16, 1, 18, 2)))
        .containsExactly(
            new Count("0–4", 0),
            new Count("5–10", 0),
            new Count("11–15", 0),
            new Count("16–18", 3));
  }
}
