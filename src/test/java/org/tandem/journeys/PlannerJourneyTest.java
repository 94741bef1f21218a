package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * A commissioner plans for a borough: enters its population, sees the need, cost and budget,
 * changes one assumption and sees the results follow; a wrong value is shown beside its field with
 * what was typed kept.
 */
class PlannerJourneyTest extends BrowserTest {

  private static final String PREVALENCE = "Adult women experiencing domestic abuse in a year (%)";

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

    // With a plan, the questions are folded away below the results.
    page.getByText("Change the areas and assumptions").click();
    field(page, "Adult women experiencing domestic abuse in a year (%)").fill("8");
    follow(button(page, "Work out the plan"));
    expect(page.locator("#women-total")).hasText("7,324");
    expect(page.locator("#areas-0-population")).hasValue("243,891");

    page.getByText("Change the areas and assumptions").click();
    field(page, "Men in a group").fill("a dozen");
    follow(button(page, "Work out the plan"));
    expect(errorSummary(page)).containsText("The group size must be a whole number");
    expect(field(page, "Men in a group")).hasValue("a dozen");
    expect(field(page, "Adult women experiencing domestic abuse in a year (%)")).hasValue("8");
    expect(page.locator("#results")).hasCount(0);
    assertAccessible();
  }

  /**
   * After "Work out the plan" the headline figures are on the first screen of a 1280 by 800 window
   * and the forty questions are folded away below; opened, any of them can be changed, and a wrong
   * value is shown beside its field with what was typed kept.
   */
  @Test
  void theResultsComeFirstAndTheAssumptionsAreFolded() {
    page.setViewportSize(1280, 800);
    signIn(Role.COMMISSIONER);
    page.navigate("/planner");
    page.locator("#areas-0-name").fill("Newham");
    page.locator("#areas-0-population").fill("243,891");
    page.locator("#areas-0-adultWomen").fill("91556");
    follow(button(page, "Work out the plan"));

    Locator headline = page.locator("#headline");
    expect(headline).containsText("Women experiencing domestic abuse in a year");
    expect(page.locator("#headline-women")).containsText("5,493");
    expect(page.locator("#headline-cost")).containsText("£");
    assertThat(page.evaluate("window.scrollY")).isEqualTo(0);
    BoundingBox box = headline.boundingBox();
    assertThat(box.y + box.height).as("the headline's foot, in a window 800 high").isLessThan(800);

    Locator prevalence = field(page, PREVALENCE);
    expect(prevalence).hasValue("6");
    expect(prevalence).not().isVisible();
    expect(page.locator("#need-total")).containsText("12.73");
    assertAccessible();

    link(page, "Change the areas or assumptions").click();
    page.getByText("Change the areas and assumptions").click();
    expect(prevalence).isVisible();
    prevalence.fill("six and a bit");
    follow(button(page, "Work out the plan"));

    expect(page).hasTitle("Error: Commissioning planner – Tandem");
    expect(page.locator("#results")).hasCount(0);
    expect(prevalence).isVisible();
    expect(prevalence).hasValue("six and a bit");
    Locator besideIt = page.locator("#" + prevalence.getAttribute("id") + "-error");
    expect(besideIt).isVisible();
    expect(besideIt).containsText("must be a number");
    expect(errorSummary(page)).isVisible();
    expect(page.locator("#areas-0-population")).hasValue("243,891");
    assertAccessible();

    prevalence.fill("8");
    follow(button(page, "Work out the plan"));
    expect(page.locator("#headline-women")).containsText("7,324");
    expect(field(page, PREVALENCE)).not().isVisible();
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
