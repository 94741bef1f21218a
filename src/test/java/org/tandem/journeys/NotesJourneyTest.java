package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * A perpetrator worker records a note of a call with him, forgetting what it was about at first,
 * sees it on the family's timeline, then corrects it: the note reads as corrected and its history
 * keeps what was first written.
 */
class NotesJourneyTest extends BrowserTest {

  private static final String FIRST = "Invented: he rang to say he would miss Tuesday's session";
  private static final String CORRECTED =
      "Invented: he rang to say he would miss Thursday's session";

  @Test
  void aWorkerRecordsANoteOnHisCaseAndCorrectsIt() {
    String reference = newCase(area);
    LocalDate yesterday = clock.today().minusDays(1);

    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference);
    follow(link(page, "Case notes"));
    expect(page.locator("h1")).hasText("Case notes");
    expect(page.locator("#main-content")).containsText("No notes yet.");
    assertAccessible();

    follow(button(page, "Add a note"));
    expect(page.locator("h1")).hasText("Add a note");
    assertAccessible();
    Locator when = group(page, "When did it happen?");
    field(when, "Day").fill(String.valueOf(yesterday.getDayOfMonth()));
    field(when, "Month").fill(String.valueOf(yesterday.getMonthValue()));
    field(when, "Year").fill(String.valueOf(yesterday.getYear()));
    field(page, "Note").fill(FIRST);
    follow(button(page, "Save the note"));

    expect(page).hasTitle("Error: Add a note – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Select what the note is about");
    expect(field(page, "Note")).hasValue(FIRST);
    expect(field(when, "Day")).hasValue(String.valueOf(yesterday.getDayOfMonth()));
    assertAccessible();

    errorSummary(page).getByText("Select what the note is about").click();
    expect(field(page, "Contact with him")).isFocused();
    page.keyboard().press("Space");
    expect(field(page, "Contact with him")).isChecked();
    follow(button(page, "Save the note"));

    expect(page.locator("h1")).hasText("Case notes");
    expect(page.locator(".govuk-notification-banner")).containsText("Note recorded");
    expect(page.locator(".govuk-summary-card")).hasCount(1);
    expect(page.locator(".govuk-summary-card")).containsText(FIRST);
    assertAccessible();

    // The call is on the family's timeline.
    page.navigate("/cases/" + reference + "/risk");
    expect(rowsWith(page, FIRST)).hasCount(1);
    expect(rowsWith(page, FIRST)).containsText("Case note: contact with him");
    page.goBack();

    follow(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct the note of")));
    expect(page.locator("h1")).hasText("Correct the note");
    expect(field(page, "The note as it should read")).hasValue(FIRST);
    assertAccessible();
    field(page, "The note as it should read").fill(CORRECTED);
    follow(button(page, "Save the correction"));
    expect(errorSummary(page)).containsText("Say why the note is being corrected");
    expect(field(page, "The note as it should read")).hasValue(CORRECTED);
    assertAccessible();
    field(page, "Why is it being corrected?").fill("Invented: I wrote the wrong day");
    follow(button(page, "Save the correction"));

    Locator note = page.locator(".govuk-summary-card");
    expect(page.locator(".govuk-notification-banner")).containsText("Note corrected");
    expect(note).containsText("Amended");
    expect(note.locator("p.tandem-pre").first()).hasText(CORRECTED);
    page.getByText("History: the original and its corrections").click();
    expect(note.locator(".govuk-details__text")).containsText(FIRST);
    expect(note.locator(".govuk-details__text"))
        .containsText("Why: Invented: I wrote the wrong day");
    assertAccessible();
  }
}
