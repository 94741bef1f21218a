package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;

/**
 * His worker sees a case's clocks and records an attempt to reach him; the manager lists the clocks
 * that breached and checks the targets. Every page is scanned by axe.
 */
class ClocksJourneyTest extends BrowserTest {

  @BeforeEach
  void onAWednesday() {
    clock.travelTo(LocalDateTime.of(2026, 12, 2, 15, 0));
  }

  @Test
  void hisWorkerRecordsAnAttemptAndTheManagerSeesTheBreach() {
    String reference = newCase(area, AReferral.in(area).referredOn(LocalDate.of(2026, 11, 20)));
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference);
    expect(page.locator("#clocks [data-clock=HIS_FIRST_ATTEMPT]")).containsText("Breached");
    expect(page.locator("#clocks [data-clock=HIS_ASSESSMENT]")).containsText("Running");
    assertAccessible();

    follow(link(page, "Record an attempt to contact him"));
    field(page, "Time of the attempt").fill("quarter to ten");
    follow(button(page, "Save the attempt"));
    expect(errorSummary(page)).containsText("Select how you tried to reach him");
    expect(errorSummary(page)).containsText("Enter the date of the attempt");
    expect(errorSummary(page)).containsText("Enter the time as hours and minutes");
    expect(field(page, "Time of the attempt")).hasValue("quarter to ten");
    assertAccessible();

    page.getByLabel("Phone").check();
    field(page, "Day").fill("1");
    field(page, "Month").fill("12");
    field(page, "Year").fill("2026");
    field(page, "Time of the attempt").fill("9:45");
    page.getByLabel("Yes, it reached him").check();
    follow(button(page, "Save the attempt"));

    expect(page.locator(".govuk-notification-banner")).containsText("Attempt to contact him");
    expect(page.locator("#clocks")).containsText("1 Dec 2026 09:45");
    // Seven working days after the referral: reached, but late.
    expect(page.locator("#clocks [data-clock=HIS_FIRST_ATTEMPT]")).containsText("1 Dec 2026");
    expect(page.locator("#clocks [data-clock=HIS_FIRST_ATTEMPT]")).containsText("Breached");
    assertAccessible();

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/clocks/breaches");
    expect(page.locator("h1")).hasText("Clocks breached");
    expect(page.locator("table")).containsText(reference);
    assertAccessible();
    page.locator("#clock").selectOption("HIS_PROGRAMME_START");
    follow(button(page, "Show"));
    expect(page.getByText(reference)).hasCount(0);
    assertAccessible();

    follow(link(page, "Change the targets"));
    Page targets = page;
    String reached = field(targets, "Reaching her").inputValue();
    field(targets, "Reaching her").fill("five");
    follow(button(targets, "Save the targets"));
    expect(errorSummary(targets))
        .containsText("Enter the target as a whole number of working days");
    expect(field(targets, "Reaching her")).hasValue("five");
    assertAccessible();
    // Saved as it was: the service's targets are shared by every test.
    field(targets, "Reaching her").fill(reached);
    follow(button(targets, "Save the targets"));
    expect(targets.locator(".govuk-notification-banner")).containsText("Targets saved");
    assertAccessible();
  }
}
