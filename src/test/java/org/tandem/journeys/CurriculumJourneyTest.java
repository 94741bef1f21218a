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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.programme.AGroup;

/**
 * The manager starts the service's own curriculum by copying the default, then adds a session,
 * getting it wrong first, moves it up the order, changes its hours and removes it. A new group can
 * then be set up on it.
 */
class CurriculumJourneyTest extends BrowserTest {

  @Test
  void aManagerCopiesTheDefaultAndAddsASession() {
    String name = TestData.marker("Northmoor curriculum ");
    signIn(Role.SERVICE_MANAGER);
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
    expect(page.locator("#total-hours")).hasText("60 hours");
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
    expect(page.locator("#total-hours")).hasText("62 hours 30 minutes");
    Locator added = rowsWith(page, "keeping in touch after the group");
    expect(added.locator("td").first()).hasText("33");
    assertAccessible();

    follow(button(page, "Move up session 33"));
    expect(page.locator(".govuk-notification-banner")).containsText("Session moved");
    expect(rowsWith(page, "keeping in touch after the group").locator("td").first()).hasText("32");
    expect(page.locator("#curriculum-sessions tbody tr").last())
        .containsText("Ending well: completion");

    // Changing its hours, then removing it.
    follow(link(page, "Change session 32"));
    expect(page.locator("h1")).hasText("Change a session");
    expect(field(page, "Hours")).hasValue("2.5");
    assertAccessible();
    field(page, "Hours").fill("9");
    follow(button(page, "Save the session"));
    expect(errorSummary(page)).containsText("A session can count for at most 8 hours");
    expect(field(page, "Hours")).hasValue("9");
    assertAccessible();
    field(page, "Hours").fill("3");
    follow(button(page, "Save the session"));
    expect(page.locator("#total-hours")).hasText("63 hours");
    follow(link(page, "Change session 32"));
    follow(button(page, "Remove the session"));
    expect(page.locator(".govuk-notification-banner")).containsText("Session removed");
    expect(page.locator("#curriculum-sessions tbody tr")).hasCount(32);
    expect(page.locator("#total-hours")).hasText("60 hours");

    // Once a group has delivered a session, it cannot be removed.
    long curriculumId = Long.parseLong(page.url().replaceAll(".*/curricula/(\\d+).*", "$1"));
    deliverFirstSession(curriculumId);
    page.reload();
    expect(rowsWith(page, "Ground rules").first()).containsText("Delivered");
    follow(link(page, "Change session 1"));
    follow(button(page, "Remove the session"));
    expect(page).hasTitle("Error: Change a session – Tandem");
    expect(errorSummary(page)).containsText("A group has delivered this session");
    assertAccessible();
    follow(link(page, "Back to the curriculum"));
    expect(page.locator("#curriculum-sessions tbody tr")).hasCount(32);

    // A new group can run it; the default is chosen unless changed.
    page.navigate("/groups/new");
    expect(field(page, "Curriculum").locator("option:checked")).containsText("(default)");
    expect(
            field(page, "Curriculum")
                .locator("option", new Locator.LocatorOptions().setHasText(name)))
        .hasCount(1);
    assertAccessible();
  }

  /** A group on the curriculum, with one man who attends its first session, today. */
  private void deliverFirstSession(long curriculumId) {
    LocalDate today = clock.today();
    AGroup.in(area)
        .firstMeetingOn(today)
        .runs(curriculumId)
        .create(api())
        .place(newCase(area), today)
        .attended(1);
  }

  private Locator errorOf(Locator field) {
    return page.locator(".govuk-form-group--error")
        .filter(new Locator.FilterOptions().setHas(field))
        .locator(".govuk-error-message");
  }
}
