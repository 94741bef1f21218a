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
 * A commissioner plans for a borough: enters its population, sees the need, cost and budget,
 * changes one assumption and sees the results follow; a wrong value is shown beside its field with
 * what was typed kept.
 */
class PlannerJourneyTest extends BrowserTest {

  @Test
  void aCommissionerEntersAPopulationAndChangesOneAssumption() {
    signIn(Role.COMMISSIONER);
    follow(link(page, "Commissioning planner"));
    expect(page.locator("h1")).hasText("Commissioning planner");
    expect(field(page, "Adult women experiencing domestic abuse in a year (%)")).hasValue("6");
    assertAccessible();

    page.locator("#areas-0-name").fill("Newham");
    page.locator("#areas-0-population").fill("243,891");
    page.locator("#areas-0-adultWomen").fill("91556");
    follow(button(page, "Work out the plan"));

    expect(page.locator("#women-total")).hasText("5,493");
    expect(page.locator("#first-year")).hasText("204,600");
    expect(page.locator("#overhead")).hasText("18,600");
    expect(page.locator("#need-total")).containsText("12.73");
    assertAccessible();

    field(page, "Adult women experiencing domestic abuse in a year (%)").fill("8");
    follow(button(page, "Work out the plan"));
    expect(page.locator("#women-total")).hasText("7,324");
    expect(page.locator("#areas-0-population")).hasValue("243,891");

    field(page, "Men in a group").fill("a dozen");
    follow(button(page, "Work out the plan"));
    expect(errorSummary(page)).containsText("The group size must be a whole number");
    expect(field(page, "Men in a group")).hasValue("a dozen");
    expect(field(page, "Adult women experiencing domestic abuse in a year (%)")).hasValue("8");
    expect(page.locator("#results")).hasCount(0);
    assertAccessible();
  }

  @Test
  void aSavedScenarioOpensInThePlannerWorkedOutAgain() {
    String name = "Invented borough " + java.util.UUID.randomUUID().toString().substring(0, 8);
    java.net.http.HttpResponse<String> saved =
        apiPost(
            area.token(Role.COMMISSIONER),
            "/api/v1/planner/scenarios",
            """
            {"name": "%s", "form": {"areas[0].name": "Newham", "areas[0].population": "243891",
             "areas[0].adultWomen": "91556", "prevalencePercent": "8"}}
            """
                .formatted(name));
    org.assertj.core.api.Assertions.assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    String location = saved.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);

    signIn(Role.COMMISSIONER);
    page.navigate("/planner?scenario=" + id);
    expect(page.locator(".govuk-caption-l")).hasText("Scenario: " + name);
    expect(field(page, "Adult women experiencing domestic abuse in a year (%)")).hasValue("8");
    expect(page.locator("#women-total")).hasText("7,324");
    assertAccessible();
  }
}
