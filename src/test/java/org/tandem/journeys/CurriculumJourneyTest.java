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

/**
 * The manager starts the service's own curriculum by copying the default, then adds a session,
 * getting it wrong first, and moves it up the order. A new group can then be set up on it.
 */
class CurriculumJourneyTest extends BrowserTest {

  @Test
  void aManagerCopiesTheDefaultAndAddsASession() {
    String name = TestData.marker("Northmoor curriculum ");
    signIn("manager");
    follow(link(page, "Groups"));
    follow(link(page, "Curricula: the sessions groups run"));
    expect(page.locator("h1")).hasText("Curricula");
    expect(rowsWith(page, "Tandem default")).hasCount(1);
    assertAccessible();

    field(page, "Name of the new curriculum").fill(name);
    follow(button(page, "Copy as a new curriculum"));
    expect(page.locator("h1")).hasText(name);
    expect(page.locator(".govuk-notification-banner")).containsText("Curriculum copied");
    expect(page.locator("#curriculum-sessions tbody tr")).hasCount(32);
    expect(page.locator("#total-hours")).hasText("60");
    expect(page.locator("#stage-one-share")).hasText("34%");
    assertAccessible();

    // A session without its title, and hours typed in words.
    field(page, "Module").fill("Invented aftercare");
    page.getByLabel("Stage 2", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
        .check();
    field(page, "Hours").fill("two and a half");
    follow(button(page, "Add the session"));

    expect(page).hasTitle("Error: " + name + " – Tandem");
    Locator problems = errorSummary(page).getByRole(AriaRole.LINK);
    expect(problems).hasCount(2);
    expect(problems.nth(0)).hasText("Enter what the session covers");
    expect(problems.nth(1)).hasText("Hours must be a number, like 1.875");
    expect(errorOf(field(page, "What the session covers")))
        .containsText("Enter what the session covers");
    expect(errorOf(field(page, "Hours"))).containsText("Hours must be a number");
    expect(field(page, "Module")).hasValue("Invented aftercare");
    expect(field(page, "Hours")).hasValue("two and a half");
    expect(
            page.getByLabel(
                "Stage 2", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)))
        .isChecked();
    expect(page.locator("#curriculum-sessions tbody tr")).hasCount(32);
    assertAccessible();

    field(page, "What the session covers").fill("Invented: keeping in touch after the group");
    field(page, "Hours").fill("2.5");
    follow(button(page, "Add the session"));
    expect(page.locator(".govuk-notification-banner")).containsText("Session added");
    expect(page.locator("#curriculum-sessions tbody tr")).hasCount(33);
    expect(page.locator("#total-hours")).hasText("62.5");
    Locator added = rowsWith(page, "keeping in touch after the group");
    expect(added.locator("td").first()).hasText("33");
    assertAccessible();

    follow(button(page, "Move up session 33"));
    expect(page.locator(".govuk-notification-banner")).containsText("Session moved");
    expect(rowsWith(page, "keeping in touch after the group").locator("td").first()).hasText("32");
    expect(page.locator("#curriculum-sessions tbody tr").last())
        .containsText("Ending well: completion");

    // A new group can run it; the default is chosen unless changed.
    page.navigate("/groups/new");
    expect(field(page, "Curriculum").locator("option:checked")).containsText("(default)");
    expect(
            field(page, "Curriculum")
                .locator("option", new Locator.LocatorOptions().setHasText(name)))
        .hasCount(1);
    assertAccessible();
  }

  private Locator errorOf(Locator field) {
    return page.locator(".govuk-form-group--error")
        .filter(new Locator.FilterOptions().setHas(field))
        .locator(".govuk-error-message");
  }
}
