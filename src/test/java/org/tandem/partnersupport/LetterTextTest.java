package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LetterTextTest {

  @Test
  void onlyHerNameTheWorkerAndTheDateCanBeFilledIn() {
    assertThat(LetterText.unknownPlaceholders("Dear {name}, from {worker} on {date}")).isEmpty();
    assertThat(LetterText.unknownPlaceholders("Dear {name}, he told us {reason} and {hisName}"))
        .containsExactly("{reason}", "{hisName}");
  }

  @Test
  void theLetterIsFilledInAndSplitIntoParagraphs() {
    assertThat(
            LetterText.paragraphs(
                "Dear {name},\n\nWe offer support.\n\n\n{worker}\n{date}",
                "Jo Testington",
                "Pat Worker",
                LocalDate.of(2026, 11, 23)))
        .containsExactly(
            "Dear Jo Testington,", "We offer support.", "Pat Worker\n23 November 2026");
  }
}
