package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * The children's worker opens a case, records a change in the child's protection status, a session
 * (first with a length that is too long) and the child's safety ladder before and after, and sees
 * the change. A perpetrator worker has no way in.
 */
class ChildrensWorkJourneyTest extends BrowserTest {

  private static final String CHILD = "Kit, aged 6";
  private static final String NOTES = "Invented: drew a safe place and named a trusted adult";

  @Test
  void theChildrensWorkerRecordsTheWorkWithAChildAndSeesTheLadderRise() {
    String reference = newCase(area);

    signIn(Role.CHILDRENS_WORKER);
    // Children's workers record risk and are alerted like the other workers on a case, so the
    // menu offers them what their role may open.
    follow(link(page, "Alerts"));
    expect(page.locator("h1")).hasText("Alerts");
    follow(link(page, "MARAC referrals"));
    assertAccessible();
    page.navigate("/cases/" + reference);
    follow(link(page, "Children's work"));
    expect(page.locator("h1")).hasText("Children's work");
    expect(page).hasTitle("Children's work – " + reference + " – Tandem");
    Locator child = page.locator("section").filter(new Locator.FilterOptions().setHasText(CHILD));
    expect(child.locator("h2")).hasText(CHILD);
    expect(child).containsText("Child in need");
    expect(child).containsText("No readings yet");
    expect(child).containsText("No sessions recorded.");
    assertAccessible();

    // A change of protection status.
    follow(button(page, "Record a status change for " + CHILD));
    expect(page.locator("h1")).hasText("Record a change of protection status");
    expect(page.locator("#current-status")).hasText("Child in need");
    assertAccessible();
    field(group(page, "What is the new status?"), "Child protection plan").check();
    follow(button(page, "Save status change"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Protection status changed for " + CHILD);
    child = page.locator("section").filter(new Locator.FilterOptions().setHasText(CHILD));
    expect(child.locator("dd").first()).hasText("Child protection plan");
    expect(rowsWith(page, "At referral")).containsText("Child in need");
    expect(rowsWith(page, area.user(Role.CHILDRENS_WORKER).displayName()).first())
        .containsText("Child protection plan");
    assertAccessible();

    // A session, first with a length the form refuses.
    follow(button(page, "Record a session for " + CHILD));
    expect(page.locator("h1")).hasText("Record a session");
    assertAccessible();
    field(page, "Length, in minutes").fill("700");
    field(page, "One-to-one").check();
    field(page, "Wellbeing notes (optional)").fill(NOTES);
    follow(button(page, "Save session"));

    expect(page).hasTitle("Error: Record a session – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("The session must be between 1 and 600 minutes long");
    Locator minutes = field(page, "Length, in minutes");
    expect(formGroupOf(minutes)).containsText("The session must be between 1 and 600 minutes long");
    expect(page.locator(".govuk-form-group--error")).hasCount(1);
    expect(minutes).hasValue("700");
    expect(field(page, "One-to-one")).isChecked();
    expect(field(page, "Wellbeing notes (optional)")).hasValue(NOTES);
    assertAccessible();

    errorSummary(page).getByText("The session must be between 1 and 600 minutes long").click();
    expect(minutes).isFocused();
    minutes.fill("45");
    follow(button(page, "Save session"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Session recorded for " + CHILD);
    Locator session = rowsWith(page, NOTES);
    expect(session).hasCount(1);
    expect(session).containsText("One-to-one");
    expect(session).containsText("45");
    assertAccessible();

    // The safety ladder, before and after.
    follow(button(page, "Record a safety ladder reading for " + CHILD));
    expect(page.locator("h1")).hasText("Record a safety ladder reading");
    expect(field(page, "Before the work")).isChecked();
    assertAccessible();
    field(page, "The child's rating, from 1 to 10").fill("3");
    follow(button(page, "Save reading"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Safety ladder reading recorded for " + CHILD);
    expect(page.locator("main")).containsText("3 → no after reading yet");
    assertAccessible();

    follow(button(page, "Record a safety ladder reading for " + CHILD));
    field(page, "After the work").check();
    field(page, "The child's rating, from 1 to 10").fill("7");
    follow(button(page, "Save reading"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Safety ladder reading recorded for " + CHILD);
    expect(page.locator("[id$='-ladder']")).containsText("3 → 7, up 4");
    expect(rowsWith(page, "After the work")).containsText("7");
    expect(rowsWith(page, "Before the work")).containsText("3");
    assertAccessible();

    // A perpetrator worker sees no way into children's work, and is refused if he types the
    // address.
    signOut(page);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference);
    expect(page.locator("h1")).containsText(reference);
    expect(link(page, "Children's work")).hasCount(0);
    assertThat(page.navigate("/cases/" + reference + "/children").status()).isEqualTo(403);
    expect(page.locator("main")).not().containsText(NOTES);
  }

  private Locator formGroupOf(Locator field) {
    return page.locator(".govuk-form-group").filter(new Locator.FilterOptions().setHas(field));
  }
}
