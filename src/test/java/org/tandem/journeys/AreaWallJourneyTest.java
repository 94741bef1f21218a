package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.allRowsOnAllPages;
import static org.tandem.journeys.Journey.assertNoneContain;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walls as pages show them: between areas, and around partner support. */
class AreaWallJourneyTest extends BrowserTest {

  @Test
  void aWorkerInEastwickValeCannotOpenOrListANorthmoorCase() {
    signIn("eastwick.worker");

    Response response = page.navigate("/cases/NMR-0001");
    assertThat(response.status()).isEqualTo(404);
    expect(page.locator("h1")).hasText("Page not found");
    expect(page).hasTitle("Page not found – Tandem");
    expect(page.locator("main")).not().containsText("NMR-0001");
    assertAccessible();

    page.navigate("/cases");
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Cases");
    assertAccessible();
    List<String> rows = allRowsOnAllPages(page);
    assertThat(rows).as("his own area's cases are listed").anyMatch(r -> r.contains("EWV-"));
    assertNoneContain(rows, "NMR-");

    page.navigate("/cases?q=NMR-0001");
    page.waitForLoadState();
    expect(page.locator("main")).containsText("No cases found.");

    page.navigate("/waiting-list");
    page.waitForLoadState();
    assertNoneContain(allRowsOnAllPages(page), "NMR-");
  }

  @Test
  void aPerpetratorWorkerCannotSeePartnerSupportTasks() {
    signIn("perpetrator.worker");
    expect(link(page, "Partner support tasks")).hasCount(0);

    Response response = page.navigate("/partner-support/tasks");
    assertThat(response.status()).isEqualTo(403);
    expect(page.locator("h1")).hasText("You cannot see this page");
    expect(page.locator("main")).not().containsText("Send the letter");
    assertAccessible();
  }
}
