package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;

/**
 * A commissioner tidies the saved scenarios: renames one (first to a name another scenario has,
 * which is refused beside the name with what was typed kept), then deletes it after the page that
 * asks whether she is sure, and cancelling that page first deletes nothing.
 */
class PlannerScenarioChangesJourneyTest extends BrowserTest {

  /** Saved scenarios are shared by every test, so a scenario may be on any page of the list. */
  private Locator row(String name) {
    page.navigate("/planner/scenarios");
    Locator row = Journey.findRowOnAnyPage(page, name);
    assertThat(row).as("a row for " + name).isNotNull();
    return row;
  }

  private int status(String id) {
    return apiGet(area.token(Role.COMMISSIONER), "/api/v1/planner/scenarios/" + id).statusCode();
  }

  private String save(String name) {
    HttpResponse<String> saved =
        apiPost(
            area.token(Role.COMMISSIONER),
            "/api/v1/planner/scenarios",
            """
            {"name": "%s", "form": {"areas": [{"name": "Newham", "population": 243891,
             "adultWomen": 91556}]}}
            """
                .formatted(name));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    String location = saved.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /**
   * The row's link whose words start so; the rest of its name is the scenario's, for a screen
   * reader.
   */
  private static Locator linkIn(Locator row, String words) {
    return row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(words));
  }

  @Test
  void aCommissionerRenamesAScenarioAndDeletesIt() {
    String first = "Draft " + TestData.marker("c");
    String other = "Other " + TestData.marker("c");
    String better = "Newham, published figures " + TestData.marker("c");
    String id = save(first);
    save(other);

    signIn(Role.COMMISSIONER);
    follow(linkIn(row(first), "Rename"));
    expect(page.locator("h1")).hasText("Rename the scenario");
    expect(field(page, "Scenario name")).hasValue(first);
    assertAccessible();

    field(page, "Scenario name").fill(other);
    follow(button(page, "Save the name"));
    expect(page).hasTitle("Error: Rename " + first + " – Tandem");
    expect(errorSummary(page)).containsText("A scenario with this name is already saved");
    expect(page.locator("#name-error")).containsText("already saved");
    expect(field(page, "Scenario name")).hasValue(other);
    assertAccessible();

    field(page, "Scenario name").fill(better);
    follow(button(page, "Save the name"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Scenario renamed: " + first + " is now " + better);
    assertAccessible();
    expect(row(better)).containsText("5,493");

    follow(linkIn(row(better), "Delete"));
    expect(page.locator("h1")).hasText("Are you sure you want to delete ‘" + better + "’?");
    expect(page.locator("#scenario")).containsText("Newham");
    assertAccessible();
    follow(link(page, "Cancel"));
    expect(page.locator("h1")).hasText("Saved scenarios");
    assertThat(status(id)).as("cancelled, so still saved").isEqualTo(200);

    follow(linkIn(row(better), "Delete"));
    follow(button(page, "Delete scenario"));
    expect(page.locator(".govuk-notification-banner")).containsText("Scenario deleted: " + better);
    assertAccessible();
    assertThat(status(id)).isEqualTo(404);
  }
}
