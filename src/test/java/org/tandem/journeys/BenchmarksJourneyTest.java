package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * A service manager records her area's population figures (a mistake first, shown beside its field
 * with what she typed kept), then opens the benchmarks and the area's MARAC-style return from the
 * outcomes page: each page passes the axe scan.
 */
class BenchmarksJourneyTest extends BrowserTest {

  @Test
  void aManagerRecordsThePopulationAndOpensTheBenchmarksAndTheReturn() {
    signIn(Role.SERVICE_MANAGER);
    page.navigate("/outcomes");
    follow(page.locator("#population-link"));
    expect(page.locator("h1")).hasText("Population figures");
    assertAccessible();

    follow(link(page, "Change the figures for " + area.area().name()));
    expect(page.locator("#no-figures")).containsText("No figures are recorded");
    assertAccessible();
    field(page, "Population").fill("120000");
    field(page, "Adult women (women aged 16 and over)").fill("130000");
    field(page, "Source of the figures").fill("Invented for a journey");
    follow(button(page, "Save the figures"));

    expect(errorSummary(page))
        .containsText("The number of adult women must be no more than the population");
    expect(page.locator("#adultWomen-error")).containsText("no more than the population");
    expect(field(page, "Adult women (women aged 16 and over)")).hasValue("130000");
    expect(field(page, "Source of the figures")).hasValue("Invented for a journey");
    assertAccessible();

    field(page, "Adult women (women aged 16 and over)").fill("49000");
    follow(button(page, "Save the figures"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("The population figures for " + area.area().name() + " are saved");
    expect(page.locator("#populations")).containsText("49,000");

    page.navigate("/outcomes");
    follow(page.locator("#benchmarks-link"));
    expect(page.locator("h1")).hasText("Benchmarks across services");
    expect(page.locator("#benchmarks")).containsText(area.area().name());
    assertAccessible();

    page.navigate("/outcomes");
    follow(link(page, "MARAC-style return for " + area.area().name()));
    expect(page.locator("#marac-return")).containsText("Not known");
    expect(page.locator("#line-MALE")).containsText("Male victims");
    assertAccessible();
  }
}
