package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.documents.Uploads;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import org.tandem.reminders.StandInNotify;
import org.tandem.reminders.internal.ReminderJob;

/**
 * One family through a working day, as the service's people meet it. His worker signs in to "my
 * work", opens the case that is overdue, books his assessment appointment (the morning's reminder
 * reaches him through the stand-in GOV.UK Notify) and notes the call. Intake types a new referral
 * for the same man and is shown him before anything is saved. Her worker attaches a scanned safety
 * plan to her record.
 */
class WorkingDayJourneyTest extends BrowserTest {

  /** The same template the reminder tests set, so that no test changes another's. */
  private static final String SMS_TEMPLATE = "11111111-2222-4333-8444-555555555555";

  private static final String NOTE = "Invented: rang him to arrange his assessment; he agreed";

  @Autowired ReminderJob reminderJob;

  @Test
  void aWorkingDayForOneFamily() {
    String phone = "07700 9" + (10_000 + ThreadLocalRandom.current().nextInt(90_000));
    Family known =
        newFamily(
            AReferral.in(area)
                .withPartners(1)
                .with("manGivenName", "Ambrose")
                .with("manFamilyName", "Quillfeather")
                .with("manPhone", phone)
                .bornOn(LocalDate.of(1983, 2, 17)));
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    jdbc.sql(
            "UPDATE referral SET allocated_perpetrator_worker_id = :worker,"
                + " risk_review_due_on = :due WHERE reference = :r")
        .param("worker", worker.id())
        .param("due", clock.today().minusDays(3))
        .param("r", known.reference())
        .update();
    theServiceSendsTextReminders();
    LocalDate tomorrow = clock.today().plusDays(1);

    // His worker's day starts on "my work", with the overdue case first.
    signIn(worker);
    expect(page.locator("h1")).hasText("My work");
    Locator firstCase = page.locator("table[aria-labelledby=my-cases] tbody tr").first();
    expect(firstCase).containsText(known.reference());
    expect(firstCase).containsText("Risk review overdue");
    expect(firstCase).containsText("None booked");
    assertAccessible();
    follow(link(page, known.reference()));
    expect(page.locator("h1")).containsText(known.reference());

    // He wants reminders by text.
    follow(link(page, "Reminders of his appointments: how he wants them, and those sent"));
    page.getByLabel("By text message, to the phone number on his case").check();
    follow(button(page, "Save"));
    expect(page.locator(".govuk-notification-banner")).containsText("Reminder preference saved");
    assertAccessible();

    // His assessment appointment, tomorrow afternoon.
    page.navigate("/cases/" + known.reference());
    follow(link(page, "Appointments"));
    page.getByLabel("Assessment appointment").check();
    field(page, "Day").fill(String.valueOf(tomorrow.getDayOfMonth()));
    field(page, "Month").fill(String.valueOf(tomorrow.getMonthValue()));
    field(page, "Year").fill(String.valueOf(tomorrow.getYear()));
    field(page, "Start time").fill("14:30");
    field(page, "Where").fill("Invented office, room 3");
    follow(button(page, "Book the appointment"));
    expect(page.locator(".govuk-notification-banner")).containsText("Appointment booked");
    expect(page.locator("#upcoming")).containsText("14:30–15:30");
    assertAccessible();

    // The call that arranged it, noted on his case.
    page.navigate("/cases/" + known.reference());
    follow(link(page, "Case notes"));
    follow(button(page, "Add a note"));
    page.getByLabel("Contact with him").check();
    Locator when = group(page, "When did it happen?");
    field(when, "Day").fill(String.valueOf(clock.today().getDayOfMonth()));
    field(when, "Month").fill(String.valueOf(clock.today().getMonthValue()));
    field(when, "Year").fill(String.valueOf(clock.today().getYear()));
    field(page, "Note").fill(NOTE);
    follow(button(page, "Save the note"));
    expect(page.locator(".govuk-notification-banner")).containsText("Note recorded");
    expect(page.locator(".govuk-summary-card")).containsText(NOTE);
    assertAccessible();

    // Later, the call is found among the notes on all his or her cases.
    follow(link(page, "Search the notes on all your cases"));
    field(page, "Search the notes").fill("r");
    follow(button(page, "Search"));
    expect(errorSummary(page)).containsText("Enter at least 2 characters");
    expect(field(page, "Search the notes")).hasValue("r");
    assertAccessible();
    field(page, "Search the notes").fill("arrange his assessment");
    follow(button(page, "Search"));
    expect(page.locator(".govuk-summary-card")).hasCount(1);
    expect(page.locator(".govuk-summary-card")).containsText(known.reference());
    assertAccessible();

    // "My work" now shows the appointment booked.
    follow(link(page, "My work"));
    expect(page.locator("table[aria-labelledby=my-cases]")).containsText("Assessment appointment");

    // On the morning of the appointment, the service's reminder goes to his phone.
    clock.travelTo(tomorrow.atTime(8, 5));
    reminderJob.sendDue();
    List<StandInNotify.Received> sent = StandInNotify.shared().receivedBy(phone);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).kind()).isEqualTo("sms");
    assertThat(sent.get(0).templateId()).isEqualTo(SMS_TEMPLATE);
    assertThat(sent.get(0).personalisation())
        .containsEntry("first_name", "Ambrose")
        .containsEntry("time", "2:30pm")
        .containsEntry("place", "Invented office, room 3")
        .containsEntry("appointment", "assessment appointment");

    // Intake types a new referral for him, with his name misspelt, and is shown him first.
    context.clearCookies();
    signIn(Role.INTAKE);
    follow(link(page, "New referral"));
    field(page, "Police").check();
    field(page, "Referrer's name").fill("Robin Casefield");
    field(page, "Referrer's phone number").fill("07700 900401");
    Locator referralDate = group(page, "Date of the referral");
    field(referralDate, "Day").fill(String.valueOf(tomorrow.getDayOfMonth()));
    field(referralDate, "Month").fill(String.valueOf(tomorrow.getMonthValue()));
    field(referralDate, "Year").fill(String.valueOf(tomorrow.getYear()));
    field(page, "Reason for the referral").fill("Invented: a further incident reported");
    field(page, "Given name").fill("Ambrose");
    field(page, "Family name").fill("Quilfeather");
    field(page, "His phone number (optional)").fill(phone);
    Locator partner = group(page, "Partner 1");
    field(partner, "Current partner").check();
    field(partner, "Her given name").fill("Invented");
    field(page, "He has consented to information being shared").check();
    follow(button(page, "Save referral"));
    expect(page.locator("h1")).hasText("He may already be known");
    expect(page.locator("#matches tbody tr")).hasCount(1);
    expect(page.locator("#matches")).containsText(known.reference());
    expect(page.locator("#matches")).containsText("Ambrose Quillfeather");
    assertAccessible();
    field(
            page,
            "This is the same man: link the new referral to "
                + known.reference()
                + " as a repeat referral")
        .check();
    follow(button(page, "Save referral"));
    expect(page.locator("#same-man"))
        .containsText("Repeat referral: earlier case " + known.reference());

    // Her worker attaches the safety plan she scanned to her record.
    context.clearCookies();
    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate("/cases/" + known.reference() + "/partners/" + known.partner(0));
    follow(link(page, "Her documents"));
    follow(button(page, "Attach a document"));
    field(page, "Title").fill("Safety plan, scanned");
    page.getByLabel("Safety plan").check();
    page.locator("#file")
        .setInputFiles(new FilePayload("safety plan.png", "image/png", Uploads.pngBytes()));
    follow(button(page, "Attach the document"));
    expect(page.locator(".govuk-notification-banner")).containsText("Document attached");
    expect(page.locator("#preview")).isVisible();
    assertAccessible();

    // Her notes are searched behind the wall, across every woman's record in her areas.
    page.navigate("/partner-support/notes");
    field(page, "Search the notes").fill("nothing like this was written");
    follow(button(page, "Search"));
    expect(page.locator("h1")).hasText("Search partner-support notes");
    expect(page.locator("main")).containsText("No notes found.");
    assertAccessible();
  }

  /** The service's text reminders have their Notify templates: one service, shared by all tests. */
  private void theServiceSendsTextReminders() {
    jdbc.sql(
            "UPDATE reminder_template SET sms_template_id = :sms, active = TRUE,"
                + " version = version + 1 WHERE code = 'ON_THE_DAY'")
        .param("sms", java.util.UUID.fromString(SMS_TEMPLATE))
        .update();
  }
}
