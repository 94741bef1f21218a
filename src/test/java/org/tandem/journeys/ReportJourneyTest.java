package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.access.Role;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportFixture;

/**
 * A perpetrator worker writes the risk identification report for the referrer: mends a mistake in
 * the form, reads the report and downloads it as a PDF, which holds nothing from behind the wall.
 */
class ReportJourneyTest extends BrowserTest {

  private static final String CONTACT = "Invented: contact with Kit only at a family centre";
  private static final String SUPERVISION = "Invented: fortnightly supervision by probation";
  private static final String PROGRAMME = "Invented: individual work first, then the group";

  @Autowired Assessments assessments;
  @Autowired UserDetailsService users;

  @Test
  void aWorkerProducesTheReportAndDownloadsItsPdf() throws IOException {
    RiskReportFixture.PlantedReferral referral = RiskReportFixture.plantedReferral(area.id());
    HttpResponse<String> created =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", referral.json());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m = Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(created.body());
    assertThat(m.find()).isTrue();
    String reference = m.group(1);
    RiskReportFixture.recordAssessment(
        assessments, users, reference, area.user(Role.PERPETRATOR_WORKER).username());

    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/reports");
    expect(page.locator("h1")).hasText("Risk identification reports");
    expect(page.locator("main")).containsText("No reports have been produced for this case yet.");
    assertAccessible();

    follow(button(page, "Produce a risk identification report"));
    expect(page.locator("h1")).hasText("Produce a risk identification report");
    expect(page.locator(".govuk-inset-text")).containsText("14 of 24");
    assertAccessible();

    // The programme recommendation forgotten and the time typed in words.
    field(page, "Recommendation on contact with the children").fill(CONTACT);
    field(page, "Recommendation on supervision").fill(SUPERVISION);
    Locator minutes = field(page, "Time spent on the report, in minutes");
    minutes.fill("eighteen hours");
    follow(button(page, "Produce the report"));

    expect(page).hasTitle("Error: Produce a risk identification report – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText(
            new String[] {
              "Enter the recommendation on programme attendance",
              "Enter the time spent as a whole number of minutes, like 90 for an hour and a half"
            });
    Locator programme = field(page, "Recommendation on programme attendance");
    expect(programme)
        .hasAccessibleDescription(
            Pattern.compile("Error:\\s+Enter the recommendation on programme attendance$"));
    expect(minutes)
        .hasAccessibleDescription(
            Pattern.compile("Error:\\s+Enter the time spent as a whole number of minutes"));
    expect(page.locator(".govuk-form-group--error")).hasCount(2);
    expect(field(page, "Recommendation on contact with the children")).hasValue(CONTACT);
    expect(field(page, "Recommendation on supervision")).hasValue(SUPERVISION);
    expect(minutes).hasValue("eighteen hours");
    assertAccessible();

    errorSummary(page).getByText("Enter the recommendation on programme attendance").click();
    expect(programme).isFocused();
    programme.fill(PROGRAMME);
    minutes.fill("1080");
    follow(button(page, "Produce the report"));

    // The report as the referrer will read it.
    expect(page.locator("h1")).hasText("Risk identification report");
    expect(page.locator(".govuk-notification-banner")).containsText("Report produced");
    Locator report = page.locator("main");
    expect(report).containsText(reference);
    expect(report).containsText("Robin Casefield");
    expect(report).containsText("4 or more");
    expect(report).containsText("14 of 24");
    expect(page.locator(".govuk-warning-text")).containsText("Strangulation");
    expect(report).containsText(CONTACT);
    expect(report).containsText(SUPERVISION);
    expect(report).containsText(PROGRAMME);
    expect(report).containsText("18 hours");
    assertNoneOfHers(referral.needles(), page.content());
    assertAccessible();

    Download download = page.waitForDownload(() -> button(page, "Download PDF").click());
    String id = page.url().replaceAll(".*/reports/", "");
    assertThat(download.suggestedFilename()).isEqualTo(reference + "-risk-report-" + id + ".pdf");
    String pdf = RiskReportFixture.pdfText(Files.readAllBytes(download.path()));
    assertThat(pdf)
        .contains(reference)
        .contains(CONTACT)
        .contains(SUPERVISION)
        .contains(PROGRAMME)
        .contains("14 of 24")
        .contains("4 or more")
        .contains("18 hours");
    assertNoneOfHers(referral.needles(), pdf);

    // The list shows it, with the time it took.
    follow(link(page, "Back to the case's reports"));
    expect(page.locator("h1")).hasText("Risk identification reports");
    Locator row = rowsWith(page, area.user(Role.PERPETRATOR_WORKER).displayName());
    expect(row).hasCount(1);
    expect(row).containsText("18 hours");
    assertAccessible();
  }

  private static void assertNoneOfHers(Map<String, String> needles, String text) {
    RiskReportFixture.assertNoNeedles(needles, text, "what the worker sees");
  }
}
