package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * His worker sets how he is reminded from his case, with a mistake first; the manager sets the
 * Notify template of a reminder, with a mistake first. Each page is scanned by axe.
 */
class RemindersJourneyTest extends BrowserTest {

  @Test
  void hisWorkerSetsHowHeIsRemindedFromHisCase() {
    String reference = newCase(area);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference);
    follow(link(page, "Reminders of his appointments: how he wants them, and those sent"));
    expect(page.locator("h1")).hasText("Reminders of his appointments");
    expect(page.getByText("No reminders yet. They are made when an appointment is booked."))
        .isVisible();
    assertAccessible();

    page.getByLabel("By email").check();
    field(page, "His email address").fill("not an address");
    follow(button(page, "Save"));
    expect(errorSummary(page))
        .containsText("Enter his email address in the correct format, like name@example.com");
    expect(field(page, "His email address")).hasValue("not an address");
    expect(page.getByLabel("By email")).isChecked();
    assertAccessible();

    field(page, "His email address").fill("invented.man@example.org");
    follow(button(page, "Save"));
    expect(page.locator(".govuk-notification-banner")).containsText("Reminder preference saved");
    expect(page.getByLabel("By email")).isChecked();
    expect(field(page, "His email address")).hasValue("invented.man@example.org");
  }

  @Test
  void theManagerSetsTheNotifyTemplateOfAReminder() {
    signIn(Role.SERVICE_MANAGER);
    page.navigate("/reminders/templates");
    expect(page.locator("h1")).hasText("Appointment reminders");
    assertAccessible();

    follow(link(page, "Change Two days before"));
    field(page, "Text message template ID").fill("not-a-template-id");
    follow(button(page, "Save"));
    expect(errorSummary(page)).containsText("Enter the template ID as GOV.UK Notify shows it");
    expect(field(page, "Text message template ID")).hasValue("not-a-template-id");
    assertAccessible();

    field(page, "Text message template ID").fill("11111111-2222-4333-8444-555555555555");
    follow(button(page, "Save"));
    expect(page.locator(".govuk-notification-banner")).containsText("Reminder saved");
    expect(page.locator("table")).containsText("11111111-2222-4333-8444-555555555555");
  }
}
