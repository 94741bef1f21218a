package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.referral.AReferral;

/**
 * The centre of the service: a referral names her, so partner support has a letter to send; the
 * worker produces the letter, calls twice without reaching her and meets her at a children's
 * centre, completes the DASH and a safety plan with her; when he is released from custody, a task
 * to contact her appears on the partner-support dashboard with its due time.
 */
class PartnerSupportJourneyTest extends BrowserTest {

  @Test
  void fromTheLetterToHerSafetyPlanAndThePromptWhenHeIsReleased() throws IOException {
    String herName = "Marigold" + TestData.marker("w").substring(3, 9).toLowerCase();
    String reference = newCase(herName);
    LocalDate today = clock.today();
    LocalDate yesterday = today.minusDays(1);

    // Her letter task is waiting on the partner-support dashboard.
    signIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    follow(link(page, "Partner support tasks"));
    expect(page.locator("h1")).hasText("Partner support tasks");
    Locator letterTask = openTaskFor(herName);
    expect(letterTask).containsText("Send the letter and information pack");
    expect(page.locator("#not-contacted + p")).containsText("not yet contacted");
    expect(page.locator("main")).containsText(herName);
    assertAccessible();
    follow(letterTask.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(herName)));
    expect(page.locator("h1")).containsText(herName);
    expect(page.locator("#contact-status")).hasText("Not yet contacted");
    assertAccessible();

    // The letter, from the service's template: addressed to her, nothing of his.
    Download download = page.waitForDownload(() -> link(page, "Download her letter (PDF)").click());
    String letter = RiskReportFixture.pdfText(Files.readAllBytes(download.path()));
    assertThat(letter)
        .contains("Dear " + herName + " Testington")
        .contains("information pack")
        .doesNotContain("Invented test referral")
        .doesNotContain("Mctestface");
    follow(button(page, "Record the letter and pack as sent"));
    expect(page.locator(".govuk-notification-banner")).containsText("sent");

    // Two calls that do not reach her; the first is refused until it is confirmed safe.
    follow(button(page, "Log a contact attempt"));
    expect(page.locator("h1")).hasText("Log a contact attempt");
    expect(page.locator(".govuk-inset-text")).containsText("Weekdays after 10am");
    assertAccessible();
    field(page, "Phone call").check();
    fillDate(group(page, "Date of the attempt"), yesterday);
    field(page, "Time of the attempt").fill("10:15");
    field(page, "No answer").check();
    follow(button(page, "Save the attempt"));
    expect(page).hasTitle("Error: Log a contact attempt – Tandem");
    expect(errorSummary(page))
        .containsText("Confirm the attempt was within her safe contact times");
    expect(page.locator(".govuk-form-group--error")).hasCount(1);
    expect(field(page, "Phone call")).isChecked();
    expect(field(page, "Time of the attempt")).hasValue("10:15");
    assertAccessible();
    field(page, "The attempt was within her safe contact times").check();
    follow(button(page, "Save the attempt"));
    expect(page.locator(".govuk-notification-banner")).containsText("Contact attempt recorded");

    logAttempt("Phone call", yesterday, "14:40", "Not safe to talk", null);
    logAttempt(
        "Outreach meeting at a children’s centre",
        today,
        "00:00",
        "Met her",
        "Invented Bramblewood children's centre");
    expect(page.locator("#contact-status")).hasText("Contacted");
    expect(page.locator("#contact-counts")).containsText("3 attempts to reach her, 1 contact");
    assertAccessible();

    // Her DASH: 15 yes with strangulation among them is visible high risk.
    follow(link(page, "Complete the DASH checklist with her"));
    expect(page.locator("h1")).hasText("Her DASH checklist");
    fillDate(group(page, "Date completed with her"), today);
    for (int n = 1; n <= 24; n++) {
      page.locator("#answers-" + n + (n <= 15 ? "" : "-1")).check();
    }
    assertAccessible();
    follow(button(page, "Save her DASH"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Her DASH recorded: 15 of 24. Visible high risk");
    expect(page.locator("#her-dash-score")).containsText("Strangulation");

    // Her safety plan, to be reviewed within the week.
    follow(link(page, "Write her safety plan"));
    field(page, "Safety plan").fill("Invented: keep a phone charged; the neighbour will call 999");
    fillDate(group(page, "When will you review it with her?"), today.plusDays(5));
    assertAccessible();
    follow(button(page, "Save the safety plan"));
    expect(page.locator("#safety-plan")).containsText("keep a phone charged");
    signOut(page);

    // He is released from custody: the perpetrator worker records it.
    signIn(area.user(Role.PERPETRATOR_WORKER));
    page.navigate("/cases/" + reference);
    expect(page.locator("main")).not().containsText(herName);
    follow(link(page, "Risk timeline and MARAC"));
    // His worker reads that the case is high risk, not that she told partner support.
    expect(page.locator("main")).containsText("Information held by the service");
    expect(page.locator("main")).not().containsText("identified by partner support");
    follow(button(page, "Record a risk event"));
    field(page, "Release from custody").check();
    fillDate(group(page, "When did it happen?"), today);
    field(page, "What happened").fill("Invented: released on licence this morning");
    follow(button(page, "Save risk event"));
    expect(page.locator(".govuk-notification-banner")).containsText("Risk event recorded");
    signOut(page);

    // The prompt to contact her is on partner support's dashboard, with its due time.
    signIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    follow(link(page, "Partner support tasks"));
    Locator prompt =
        page.locator("tr")
            .filter(new Locator.FilterOptions().setHasText(herName))
            .filter(new Locator.FilterOptions().setHasText("He was released from custody"));
    expect(prompt).hasCount(1);
    expect(prompt).containsText("Contact her");
    expect(page.locator("#plans-due ~ dl")).containsText(herName);
    assertAccessible();
  }

  private void logAttempt(String method, LocalDate on, String at, String outcome, String venue) {
    follow(button(page, "Log a contact attempt"));
    field(page, method).check();
    fillDate(group(page, "Date of the attempt"), on);
    field(page, "Time of the attempt").fill(at);
    field(page, outcome).check();
    if (venue != null) {
      field(page, "Where you met (outreach meetings only)").fill(venue);
    }
    field(page, "The attempt was within her safe contact times").check();
    follow(button(page, "Save the attempt"));
    expect(page.locator(".govuk-notification-banner")).containsText("Contact attempt recorded");
  }

  private String newCase(String herName) {
    return newCase(area, AReferral.in(area.id()).withPartner(herName, "Testington"));
  }

  private static void fillDate(Locator group, LocalDate date) {
    field(group, "Day").fill(String.valueOf(date.getDayOfMonth()));
    field(group, "Month").fill(String.valueOf(date.getMonthValue()));
    field(group, "Year").fill(String.valueOf(date.getYear()));
  }

  /** Her row in the open-tasks table: in an area of her own, on its first page. */
  private Locator openTaskFor(String herName) {
    return page.locator("table")
        .first()
        .locator("tbody tr")
        .filter(new Locator.FilterOptions().setHasText(herName));
  }
}
