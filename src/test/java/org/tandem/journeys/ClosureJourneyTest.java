package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/** His worker closes his case on its page; the manager reopens it; the journey shows both. */
class ClosureJourneyTest extends BrowserTest {

  @Test
  void hisWorkerClosesTheCaseWithAReasonAndTheManagerReopensIt() {
    Family man = newFamily(AReferral.in(area)).appropriate(null);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + man.reference());
    follow(link(page, "Close the case"));
    expect(page.locator("h1")).hasText("Close the case");
    field(page, "Anything the reason does not say (optional; needed for another reason)")
        .fill("Invented: wrote three times");
    follow(button(page, "Close the case"));

    expect(errorSummary(page)).containsText("Select why the case is closing");
    expect(errorSummary(page)).containsText("Enter the date the case closed");
    expect(field(page, "Anything the reason does not say (optional; needed for another reason)"))
        .hasValue("Invented: wrote three times");
    assertAccessible();

    page.getByLabel("He did not return").check();
    field(page, "Day").fill(String.valueOf(clock.today().getDayOfMonth()));
    field(page, "Month").fill(String.valueOf(clock.today().getMonthValue()));
    field(page, "Year").fill(String.valueOf(clock.today().getYear()));
    follow(button(page, "Close the case"));

    expect(page.locator("h1 .govuk-tag")).hasText("Closed");
    expect(page.locator(".govuk-notification-banner")).containsText("Case closed");
    expect(link(page, "Reopen the case")).hasCount(0);
    page.locator("#journey summary").click();
    expect(page.locator("#journey")).containsText("He did not return");
    expect(page.locator("#journey")).containsText("Invented: wrote three times");
    assertAccessible();

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/cases/" + man.reference());
    follow(link(page, "Reopen the case"));
    follow(button(page, "Reopen the case"));
    expect(errorSummary(page)).containsText("Give the reason for reopening the case");
    assertAccessible();
    field(page, "Why is the case being reopened?").fill("Invented: he wrote back");
    follow(button(page, "Reopen the case"));

    expect(page.locator("h1 .govuk-tag")).hasText("Awaiting assessment");
    expect(page.locator(".govuk-notification-banner")).containsText("Case reopened");
  }
}
