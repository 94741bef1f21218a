package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;

import org.junit.jupiter.api.Test;
import org.tandem.TestArea;
import org.tandem.access.Role;

/** Signing in with a wrong password, and being told of it after signing in with the right one. */
class SignInJourneyTest extends BrowserTest {

  @Test
  void aWrongPasswordShowsTheErrorSummaryAndTheRightOneStillWorks() {
    // A commissioner of the test's own, so that the failed sign-in counts against no one else.
    TestArea.User commissioner = newArea().user(Role.COMMISSIONER);
    page.navigate("/sign-in");
    page.waitForLoadState();
    field(page, "Username").fill(commissioner.username());
    field(page, "Password").fill("not-the-password");
    follow(button(page, "Sign in"));

    expect(page.locator("h1")).hasText("Sign in to Tandem");
    expect(errorSummary(page)).containsText("There is a problem");
    expect(errorSummary(page)).containsText("Enter a correct username and password");
    expect(page.locator(".govuk-form-group--error"))
        .containsText("Enter a correct username and password");
    expect(field(page, "Username"))
        .hasAccessibleDescription("Error: Enter a correct username and password");
    expect(button(page, "Sign out")).hasCount(0);
    assertAccessible();

    signIn(commissioner);
    expect(button(page, "Sign out")).isVisible();
    // Her start page tells her of the failed try, in a notification banner, once.
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Someone tried to sign in to your account once");
    assertAccessible();
    page.reload();
    expect(page.locator("#sign-in-warning-title")).hasCount(0);
  }
}
