package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;

import org.junit.jupiter.api.Test;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;

/** A worker makes an API token on their account page, uses it, and revokes it. */
class AccountJourneyTest extends BrowserTest {

  @Test
  void createUseAndRevokeAnApiToken() {
    TestArea.User worker = newArea().user(Role.CHILDRENS_WORKER);
    signIn(worker);
    follow(link(page, worker.displayName()));
    expect(page.locator("h1")).hasText("Your account");
    expect(page.locator(".govuk-summary-list").first()).containsText("Children's worker");
    assertAccessible();

    // A token needs a name and a scope.
    follow(button(page, "Create token"));
    expect(errorSummary(page)).containsText("There is a problem");
    expect(errorSummary(page)).containsText("Enter a name for the token");
    expect(page.locator(".govuk-form-group--error").first())
        .containsText("Enter a name for the token");
    expect(field(page, "Name for a new token"))
        .hasAccessibleDescription(
            "For example, the system that will use it Error: Enter a name for the token");
    expect(page.locator("#new-token")).hasCount(0);
    assertAccessible();

    String name = TestData.marker("journey");
    field(page, "Name for a new token").fill(name);
    page.getByLabel("Read and write").check();
    follow(button(page, "Create token"));
    expect(errorSummary(page)).hasCount(0);
    expect(page.locator(".govuk-panel")).containsText("Your new token");
    String token = page.locator(".govuk-panel code").innerText().strip();
    assertThat(token).isNotBlank().doesNotContain(" ");
    expect(rowsWith(page, name)).containsText("Never");
    assertAccessible();

    assertThat(apiGet(token, "/api/v1/cases").statusCode()).isEqualTo(200);

    page.reload();
    expect(page.locator(".govuk-panel")).hasCount(0);
    assertThat(page.locator("main").innerText())
        .as("the token is shown only once")
        .doesNotContain(token);
    follow(button(page, "Revoke " + name));
    expect(page.locator("h1")).hasText("Your account");
    expect(rowsWith(page, name)).hasCount(0);
    assertAccessible();

    assertThat(apiGet(token, "/api/v1/cases").statusCode()).isEqualTo(401);
  }
}
