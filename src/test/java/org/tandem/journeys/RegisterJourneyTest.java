package org.tandem.journeys;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;

/**
 * The facilitator's register: a man given his place from the group's page, tonight's register
 * recorded, then opened again from the group's list of sessions and one man's mark corrected by the
 * manager with the reason, the original kept beside the correction, and his hours following the
 * corrected mark.
 */
class RegisterJourneyTest extends BrowserTest {

  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final String WHY = "Invented: he came in after the register was taken";

  @Test
  void aRecordedRegisterIsCorrectedAndTheOriginalIsKept() {
    LocalDate today = clock.today();
    String groupName = "Register group " + System.nanoTime();
    ProgrammeGroup made = AGroup.in(area).named(groupName).firstMeetingOn(today).create(api());
    String corrected = newCase(area);
    String excused = newCase(area);
    made.place(corrected, today);
    made.place(excused, today);
    String joiner = newCase(area);
    foundSuitable(area.token(Role.PERPETRATOR_WORKER), joiner);
    String groupPath = "/groups/" + made.id();

    // The third man is given his place from the group's page.
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate(groupPath);
    page.waitForLoadState();
    expect(page.locator("#sessions + p"))
        .hasText("No session of this group has been recorded yet.");
    Locator man = field(page, "Man to give a place");
    expect(man.locator("option[value='" + joiner + "']")).containsText("Assessed: suitable");
    expect(man.locator("option[value='" + corrected + "']")).hasCount(0);
    assertAccessible();
    follow(button(page, "Give him a place"));
    expect(page).hasTitle("Error: " + groupName + " – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Select the man to give a place");
    assertAccessible();
    field(page, "Man to give a place").selectOption(joiner);
    follow(button(page, "Give him a place"));
    expect(page.locator(".govuk-notification-banner")).containsText("Place given to " + joiner);
    expect(rowsWith(page, joiner)).containsText("Waiting");
    expect(rowsWith(page, joiner)).containsText("0 hours of 60 hours");
    assertAccessible();

    // Tonight's register: the absence reason is asked for only when he gave one.
    page.navigate(groupPath + "/sessions/new");
    page.waitForLoadState();
    Locator reason = field(page, "Absence reason for " + excused);
    expect(reason).isHidden();
    expect(field(page, "What he disclosed for " + excused)).isHidden();
    field(group(page, "Attendance for " + excused), "Absent with reason").check();
    expect(reason).isVisible();
    reason.fill("Invented: a hospital appointment");
    assertAccessible();
    follow(button(page, "Save the session"));
    expect(page.locator(".govuk-notification-banner")).containsText("Session recorded");

    page.navigate("/cases/" + corrected + "/programme");
    page.waitForLoadState();
    expect(page.locator("[id^=hours-]")).hasText("1 hour 52 minutes of 60 hours");
    signOut(page);

    // The manager opens it again from the group's sessions.
    signIn(Role.SERVICE_MANAGER);
    page.navigate(groupPath);
    page.waitForLoadState();
    Locator held = page.locator("#held-sessions tbody tr");
    expect(held).hasCount(1);
    expect(held).containsText(today.format(SHORT));
    expect(held).containsText("1. Starting out");
    expect(held).containsText("2 of 3");
    follow(
        held.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("Open the register of " + today.format(LONG))
                .setExact(true)));
    expect(page.locator("h1")).hasText("Register for " + today.format(LONG));
    expect(page.locator("#attended")).hasText("2 of 3 men, late or on time");
    Locator entry = card(corrected);
    expect(entry).containsText("Attended");
    expect(entry.locator(".govuk-tag")).hasCount(0);
    assertAccessible();

    follow(link(page, "Correct the entry for " + corrected));
    expect(page.locator("h1")).hasText("Correct the entry for " + corrected);
    expect(field(group(page, "Attendance"), "Attended")).isChecked();
    expect(field(page, "Absence reason")).isHidden();
    field(group(page, "Attendance"), "Absent without reason").check();
    follow(button(page, "Save the correction"));

    // A correction needs its reason; what was chosen stays chosen.
    expect(page).hasTitle("Error: Correct the entry for " + corrected + " – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("Give the reason for the correction");
    expect(page.locator(".govuk-form-group--error"))
        .containsText("Give the reason for the correction");
    expect(field(group(page, "Attendance"), "Absent without reason")).isChecked();
    assertAccessible();
    errorSummary(page).getByText("Give the reason for the correction").click();
    expect(field(page, "Why is the entry corrected?")).isFocused();
    field(page, "Why is the entry corrected?").fill(WHY);
    follow(button(page, "Save the correction"));

    // The register shows the correction and keeps the original, with who did each.
    expect(page.locator(".govuk-notification-banner"))
        .containsText("The entry for " + corrected + " is corrected");
    expect(page.locator("#attended")).hasText("1 of 3 men, late or on time");
    entry = card(corrected);
    expect(entry.locator(".govuk-tag")).hasText("Corrected");
    expect(entry.locator("dl")).containsText("Absent without reason");
    Locator history = entry.locator("ol li");
    expect(history).hasCount(2);
    expect(history.nth(0))
        .containsText("Recorded by " + area.user(Role.PERPETRATOR_WORKER).displayName());
    expect(history.nth(0)).containsText("Attended.");
    expect(history.nth(1))
        .containsText("Corrected by " + area.user(Role.SERVICE_MANAGER).displayName());
    expect(history.nth(1)).containsText("Why: " + WHY);
    expect(history.nth(1)).containsText("Absent without reason.");
    expect(card(excused).locator(".govuk-tag")).hasCount(0);
    assertAccessible();

    // His hours count from the corrected mark.
    page.navigate("/cases/" + corrected + "/programme");
    page.waitForLoadState();
    expect(page.locator("[id^=hours-]")).hasText("0 hours of 60 hours");
    assertAccessible();
    page.navigate(groupPath);
    page.waitForLoadState();
    expect(page.locator("#held-sessions tbody tr")).containsText("1 of 3");
  }

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Locator card(String reference) {
    return page.locator(".govuk-summary-card")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator(".govuk-summary-card__title")
                        .filter(new Locator.FilterOptions().setHasText(reference))));
  }
}
