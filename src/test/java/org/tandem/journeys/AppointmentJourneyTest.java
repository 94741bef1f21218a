package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * His worker books an assessment appointment from his case, mends a mistake, sees it in her week,
 * and the next day records that he came late.
 */
class AppointmentJourneyTest extends BrowserTest {

  @Test
  void hisWorkerBooksAnAssessmentAppointmentAndRecordsWhatHappened() {
    Family man = newFamily(AReferral.in(area));
    LocalDate tomorrow = clock.today().plusDays(1);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + man.reference());
    follow(link(page, "Appointments"));
    expect(page.locator("h1")).hasText("Appointments");
    expect(page.locator("body")).containsText("No appointments are booked.");

    page.getByLabel("Assessment appointment").check();
    field(page, "Day").fill(String.valueOf(tomorrow.getDayOfMonth()));
    field(page, "Month").fill(String.valueOf(tomorrow.getMonthValue()));
    field(page, "Year").fill(String.valueOf(tomorrow.getYear()));
    field(page, "Start time").fill("half past two");
    field(page, "Where").fill("Invented office, room 3");
    follow(button(page, "Book the appointment"));

    expect(errorSummary(page))
        .containsText("Enter the time in hours and minutes on the 24-hour clock");
    expect(field(page, "Where")).hasValue("Invented office, room 3");
    assertAccessible();

    field(page, "Start time").fill("14:30");
    follow(button(page, "Book the appointment"));
    expect(page.locator(".govuk-notification-banner")).containsText("Appointment booked");
    expect(page.locator("#upcoming")).containsText("14:30–15:30");
    expect(page.locator("#upcoming")).containsText("Assessment appointment");
    assertAccessible();

    follow(link(page, "Workers’ and venues’ calendars"));
    expect(link(page, "Appointments calendar")).hasAttribute("aria-current", "page");
    follow(page.locator("a[rel=next]"));
    follow(page.locator("a[rel=prev]"));
    expect(page.locator("main")).containsText(man.reference());
    assertAccessible();

    clock.travelTo(tomorrow.atTime(16, 0));
    page.navigate("/cases/" + man.reference() + "/appointments");
    expect(page.locator("#past")).containsText("Not recorded");
    follow(page.locator("#past a:has-text('Record what happened')"));
    follow(button(page, "Save the outcome"));
    expect(errorSummary(page)).containsText("Select what happened");
    assertAccessible();
    page.getByLabel("Late").check();
    field(page, "Why? (needed when cancelled or rescheduled)").fill("Invented: missed his bus");
    follow(button(page, "Save the outcome"));

    expect(page.locator(".govuk-notification-banner")).containsText("Outcome recorded");
    expect(page.locator("#past")).containsText("Late");
    expect(page.locator("#past")).containsText("Invented: missed his bus");
    assertAccessible();
  }
}
