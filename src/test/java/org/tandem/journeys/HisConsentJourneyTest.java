package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * His side of the gate: his worker is refused recording the risk report as sent to his referrer
 * with no basis, records his consent to reports to the referrer, and the sharing goes, shown on his
 * case with the consent it rests on; he withdraws it, and the sharing is marked so. Every page is
 * scanned by axe.
 */
class HisConsentJourneyTest extends BrowserTest {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Test
  void aReportToHisReferrerGoesOnHisConsent() {
    String reference = newCase(area);
    LocalDate today = clock.today();
    signIn(area.user(Role.PERPETRATOR_WORKER));
    page.navigate("/cases/" + reference);
    expect(page.locator("#his-consents")).containsText("No consent recorded.");
    assertAccessible();

    follow(link(page, "Record information shared out of the service"));
    field(page, "Reports to the referrer").check();
    fillDate(group(page, "Date it was shared"), today);
    field(page, "Who was it shared with?").fill("Invented probation office");
    field(page, "What was shared?").fill("The risk identification report");
    follow(button(page, "Save the sharing"));
    expect(errorSummary(page)).containsText("Select the lawful basis for sharing this");
    expect(field(page, "Who was it shared with?")).hasValue("Invented probation office");
    assertAccessible();
    field(page, "Consent").check();
    follow(button(page, "Save the sharing"));
    expect(errorSummary(page)).containsText("He has not consented to reports to the referrer");
    assertAccessible();

    page.navigate("/cases/" + reference);
    follow(link(page, "Record his consent"));
    expect(page.locator("h1")).hasText("Record his consent");
    field(page, "Reports to the referrer").check();
    fillDate(group(page, "Date the consent was given"), today);
    fillDate(group(page, "Date the consent expires"), today.plusYears(1));
    assertAccessible();
    follow(button(page, "Save the consent"));
    expect(page.locator(".govuk-notification-banner")).containsText("Consent recorded");

    follow(link(page, "Record information shared out of the service"));
    field(page, "Reports to the referrer").check();
    fillDate(group(page, "Date it was shared"), today);
    field(page, "Who was it shared with?").fill("Invented probation office");
    field(page, "What was shared?").fill("The risk identification report");
    field(page, "Consent").check();
    follow(button(page, "Save the sharing"));
    expect(page.locator(".govuk-notification-banner")).containsText("Sharing recorded");
    expect(page.locator("#sharings .tandem-basis"))
        .hasText("Shared on his consent of " + DAY.format(today));
    assertAccessible();

    follow(
        page.locator("#his-consents a")
            .filter(new Locator.FilterOptions().setHasText("Record withdrawal")));
    assertAccessible();
    fillDate(group(page, "Date the consent was withdrawn"), today);
    field(page, "In writing").check();
    follow(button(page, "Save the withdrawal"));
    expect(page.locator("#sharings .tandem-basis"))
        .hasText(
            "Shared on his consent of "
                + DAY.format(today)
                + ", since withdrawn on "
                + DAY.format(today));
    assertAccessible();
  }

  private static void fillDate(Locator group, LocalDate date) {
    field(group, "Day").fill(String.valueOf(date.getDayOfMonth()));
    field(group, "Month").fill(String.valueOf(date.getMonthValue()));
    field(group, "Year").fill(String.valueOf(date.getYear()));
  }
}
