package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeJourneyTest extends BrowserTest {

  @Test
  void signInShowsTheCaseList() {
    page.navigate("/sign-in");
    assertAccessible();
    signIn("perpetrator.worker");
    page.navigate("/cases");
    assertThat(page.locator("h1").textContent()).contains("Cases");
    assertAccessible();
  }
}
