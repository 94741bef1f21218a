package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;

/**
 * A perpetrator worker records that a man must not share a group with his co-defendant, who already
 * holds a place in a group: getting the form wrong first, then seeing that group not offered to him
 * and why; ending it offers the group again.
 */
class NonAssociationJourneyTest extends BrowserTest {

  @Test
  void aWorkerRecordsANonAssociationAndSeesTheGroupNotOffered() {
    String name = TestData.marker("Wednesday group ");
    ProgrammeGroup group = AGroup.in(area).named(name).create(api());
    String coDefendant = newCase(area);
    group.place(coDefendant, clock.today());
    String him = newCase(area);
    foundSuitable(area.token(Role.PERPETRATOR_WORKER), him);

    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + him + "/programme");
    expect(page.locator("#non-associations")).containsText("none hold");
    expect(field(page, "Group").locator("option", new Locator.LocatorOptions().setHasText(name)))
        .hasCount(1);
    follow(link(page, "Non-associations"));
    expect(page.locator("h1")).hasText("Non-associations");
    expect(page.locator("main")).containsText("No non-association has been recorded.");
    assertAccessible();

    // Sent with nothing filled in: each problem beside its field.
    follow(button(page, "Record a non-association"));
    expect(page).hasTitle("Error: Non-associations for " + him + " – Tandem");
    Locator problems = errorSummary(page).getByRole(AriaRole.LINK);
    expect(problems).hasCount(2);
    expect(problems.nth(0)).hasText("Enter the other man's case reference");
    expect(problems.nth(1)).hasText("Select why they must not share a group");
    expect(page.locator(".govuk-form-group--error")).hasCount(2);
    assertAccessible();

    problems.nth(0).click();
    expect(field(page, "The other man’s case reference")).isFocused();
    field(page, "The other man’s case reference").fill(coDefendant);
    field(page, "Co-defendant").check();
    field(page, "Note").fill("Invented: charged together");
    follow(button(page, "Record a non-association"));

    expect(page.locator(".govuk-notification-banner")).containsText("Non-association recorded");
    Locator row = rowsWith(page, coDefendant);
    expect(row).hasCount(1);
    expect(row).containsText("Co-defendant");
    expect(row).containsText("Invented: charged together");
    expect(row).containsText("Holds");
    assertAccessible();

    // His programme page no longer offers the group, and says why without naming the other man.
    page.navigate("/cases/" + him + "/programme");
    expect(page.locator("#non-associations")).containsText("1 holds");
    expect(field(page, "Group").locator("option", new Locator.LocatorOptions().setHasText(name)))
        .hasCount(0);
    expect(page.locator("main"))
        .containsText(name + ": not offered: a non-association with a member (co-defendant)");
    assertAccessible();

    // No longer needed: ended, kept, and the group is offered again.
    follow(link(page, "Non-associations"));
    follow(button(page, "End the non-association with " + coDefendant));
    expect(page.locator(".govuk-notification-banner")).containsText("Non-association ended");
    expect(rowsWith(page, coDefendant)).containsText("Ended ");
    assertAccessible();
    page.navigate("/cases/" + him + "/programme");
    expect(field(page, "Group").locator("option", new Locator.LocatorOptions().setHasText(name)))
        .hasCount(1);
  }
}
