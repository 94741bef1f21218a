package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.hasFocus;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.tabTo;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * Someone who uses only a keyboard: no mouse, no clicks. Tab moves between things, Enter follows a
 * link or submits, Space chooses a radio.
 */
class KeyboardJourneyTest extends CaseJourneyTest {

  @Test
  void signInAndRecordTriageWithTheKeyboardAlone() {
    String reference = newCase();

    page.navigate("/sign-in");
    page.waitForLoadState();
    page.keyboard().press("Tab");
    assertThat(hasFocus(link(page, "Skip to main content")))
        .as("the first Tab reaches the skip link")
        .isTrue();
    tabTo(page, field(page, "Username"));
    page.keyboard().type(area.user(Role.INTAKE).username());
    page.keyboard().press("Tab");
    assertThat(hasFocus(field(page, "Password"))).isTrue();
    page.keyboard().type(area.user(Role.INTAKE).password());
    page.keyboard().press("Enter");
    page.waitForURL(url -> !url.contains("/sign-in"));
    page.waitForLoadState();
    expect(button(page, "Sign out")).isVisible();

    page.navigate("/cases/" + reference);
    page.waitForLoadState();
    expect(page.locator("h1")).containsText("Awaiting triage");
    tabTo(page, button(page, "Record triage"));
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/triage"));
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Record triage");

    // Saving with no outcome chosen: the error summary takes the focus, and its link leads to the
    // radios.
    tabTo(page, button(page, "Save triage"));
    page.keyboard().press("Enter");
    page.waitForLoadState();
    expect(errorSummary(page)).containsText("Select the triage outcome");
    assertAccessible();
    Locator summaryLink =
        errorSummary(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK);
    tabTo(page, summaryLink);
    page.keyboard().press("Enter");
    Locator appropriate = field(page, "Appropriate for assessment");
    expect(appropriate).isFocused();
    page.keyboard().press("Space");
    expect(appropriate).isChecked();
    tabTo(page, field(page, "Notes (optional)"));
    page.keyboard().type("Triaged with the keyboard alone");
    tabTo(page, button(page, "Save triage"));
    page.keyboard().press("Enter");
    page.waitForURL(url -> !url.endsWith("/triage"));
    page.waitForLoadState();

    expect(page.locator("h1")).containsText(reference);
    expect(page.locator("h1")).containsText("Awaiting assessment");
    expect(page.locator("main")).containsText("Triaged with the keyboard alone");
    assertAccessible();
  }

  @Test
  void addAnAreaWithTheKeyboardAlone() {
    page.navigate("/sign-in");
    page.waitForLoadState();
    tabTo(page, field(page, "Username"));
    page.keyboard().type(area.user(Role.SYSTEM_ADMINISTRATOR).username());
    tabTo(page, field(page, "Password"));
    page.keyboard().type(area.user(Role.SYSTEM_ADMINISTRATOR).password());
    tabTo(page, button(page, "Sign in"));
    page.keyboard().press("Space");
    page.waitForURL(url -> !url.contains("/sign-in"));
    page.waitForLoadState();

    tabTo(page, link(page, "Areas"));
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/areas"));
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Commissioning areas");

    String code = Journey.inventedAreaCode();
    tabTo(page, field(page, "Code"));
    page.keyboard().type(code);
    page.keyboard().press("Tab");
    page.keyboard().type("Keyboard Hollow " + code);
    page.keyboard().press("Enter");
    page.waitForLoadState();

    expect(page.locator(".govuk-notification-banner")).containsText("Area " + code + " added");
    expect(Journey.rowsWith(page, code)).containsText("Keyboard Hollow " + code);
    assertAccessible();
  }
}
