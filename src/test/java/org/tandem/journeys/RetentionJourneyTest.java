package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A manager checks the retention schedule, sees the case that falls due next month, and places a
 * legal hold on it, which takes it off the list; a worker who is not a manager is refused the
 * pages. Every page is scanned by axe.
 */
class RetentionJourneyTest extends BrowserTest {

  @Test
  void theManagerChecksTheScheduleAndHoldsACaseThatFallsDueNextMonth() {
    Family family = newFamily(AReferral.in(area).withChildren(0));
    HttpResponse<String> closed =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            family.path() + "/closure",
            "{\"reason\": \"COMPLETED\", \"closedOn\": \"%s\"}".formatted(clock.today()));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
    clock.travelTo(clock.today().plusYears(6).minusDays(10).atTime(10, 0));

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/retention/schedule");
    expect(page.locator("h1")).hasText("Retention schedule");
    expect(page.locator("#page")).containsText("Limitation Act 1980");
    expect(page.locator("#page")).containsText("Records Management Code of Practice 2023");
    String years = field(page, "Closed cases: years kept after closure").inputValue();
    field(page, "Closed cases: years kept after closure").fill("six");
    follow(button(page, "Save the schedule"));
    expect(errorSummary(page)).containsText("Enter a whole number");
    expect(field(page, "Closed cases: years kept after closure")).hasValue("six");
    assertAccessible();
    // Saved as it was: the schedule is the service's, shared by every test.
    field(page, "Closed cases: years kept after closure").fill(years);
    follow(button(page, "Save the schedule"));
    expect(page.locator(".govuk-notification-banner")).containsText("Retention schedule saved");
    assertAccessible();

    follow(link(page, "What will be anonymised in the next month"));
    expect(page.locator("h1")).hasText("To be anonymised in the next month");
    expect(page.locator("table")).containsText(family.reference());
    expect(page.locator("table")).containsText("Closed case");
    assertAccessible();

    follow(link(page, family.reference()));
    expect(page.locator("h1")).hasText("Place a legal hold");
    follow(button(page, "Place the hold"));
    expect(errorSummary(page)).containsText("Enter the reason");
    assertAccessible();
    field(page, "Reason").fill("Invented: a court has asked for the file");
    follow(button(page, "Place the hold"));
    expect(page.locator(".govuk-notification-banner")).containsText("Legal hold placed");
    expect(page.locator("h1")).hasText("Lift the legal hold");
    expect(page.locator("table")).containsText("Invented: a court has asked for the file");
    assertAccessible();

    page.navigate("/retention/preview");
    expect(page.locator("#page")).not().containsText(family.reference());
    assertAccessible();
  }

  @Test
  void aWorkerWhoIsNotAManagerIsRefusedThePages() {
    Family family = newFamily(AReferral.in(area).withChildren(0));
    signIn(Role.PERPETRATOR_WORKER);
    for (String path :
        new String[] {
          "/retention/schedule",
          "/retention/preview",
          "/cases/" + family.reference() + "/legal-hold"
        }) {
      assertThat(page.navigate(path).status()).as(path).isEqualTo(403);
    }
  }
}
