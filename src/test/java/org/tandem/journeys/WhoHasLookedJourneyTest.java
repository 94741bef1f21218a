package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;

import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * A service manager looks at who has read a family's case and her record; the system administrator
 * checks that the audit trail is whole.
 */
class WhoHasLookedJourneyTest extends BrowserTest {

  @Test
  void aManagerSeesWhoHasLookedAtTheCaseAndAtHerRecord() {
    Family family = newFamily(area);
    String worker = area.user(Role.PARTNER_SUPPORT_WORKER).username();
    signedIn(area.user(Role.PARTNER_SUPPORT_WORKER))
        .get("/cases/" + family.reference() + "/partners/" + family.partner(0));

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/cases/" + family.reference());
    follow(link(page, "Audit trail"));
    expect(page.locator("h1")).hasText("Audit trail");
    expect(rowsWith(page, worker).first()).containsText("partner record");
    assertAccessible();

    page.navigate("/cases/" + family.reference() + "/partners/" + family.partner(0));
    follow(link(page, "Who has looked at her record"));
    expect(page.locator("h1")).hasText("Who has looked at her record");
    expect(rowsWith(page, worker)).containsText("partner record");
    // The manager's own look is the newest line.
    expect(page.locator("tbody tr").first()).containsText("partner record audit trail");
    assertAccessible();
  }

  @Test
  void theSystemAdministratorChecksTheAuditTrailIsWhole() {
    signIn(Role.SYSTEM_ADMINISTRATOR);
    page.navigate("/admin/audit");
    expect(page.locator("h1")).hasText("Check the audit trail");
    assertAccessible();
    follow(button(page, "Check the audit trail"));
    expect(page.locator(".govuk-panel__title")).hasText("The audit trail is whole");
    assertAccessible();
  }
}
