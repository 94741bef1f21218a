package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;

/**
 * The assessment issue's journey, whole, through the pages: a perpetrator worker records a DASH
 * score of 14, Tandem shows high risk and creates the MARAC task, the decision and the report are
 * produced, and the downloaded PDF holds the recommendations and nothing of hers.
 */
class AssessmentToReportJourneyTest extends BrowserTest {

  private static final String CONTACT = "Invented: supervised contact only, at a family centre";
  private static final String SUPERVISION = "Invented: weekly contact with probation";
  private static final String PROGRAMME = "Invented: attend all 32 weeks of the group";

  @Test
  void aDashOfFourteenMakesTheCaseHighRiskAndTheReportCarriesNothingOfHers() throws IOException {
    RiskReportFixture.PlantedReferral referral = RiskReportFixture.plantedReferral(area.id());
    HttpResponse<String> created =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", referral.json());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m = Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(created.body());
    assertThat(m.find()).isTrue();
    String reference = m.group(1);

    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/assessment/dash");
    expect(page.locator("h1")).hasText("DASH risk indicators");
    assertAccessible();
    // Indicators 1 to 14 yes, the other ten no: exactly the threshold.
    for (int n = 1; n <= 24; n++) {
      page.locator(n <= 14 ? "#answers-" + n : "#answers-" + n + "-1").check();
    }
    follow(button(page, "Save DASH risk indicators"));
    expect(page.locator("#dash-score")).containsText("14 of 24");
    expect(page.locator("#dash-score")).containsText("Visible high risk");
    expect(page.locator(".govuk-notification-banner"))
        .containsText(
            "The case is now high risk and a task to refer it to MARAC has been created.");
    assertAccessible();

    // The MARAC task is there to be done, and the caseload shows the case as high risk.
    page.navigate("/marac");
    expect(page.locator("main")).containsText(reference);
    assertAccessible();
    page.navigate("/cases?q=" + reference);
    expect(page.locator("tbody tr").first()).containsText("High");
    expect(page.locator("tbody tr").first()).containsText("visible high risk");

    // The decision.
    page.navigate("/cases/" + reference + "/assessment/viability");
    field(page, "Suitable for the group programme").check();
    field(page, "No reason needed for this decision").check();
    field(page, "Your reasons for the decision").fill("Invented: accepts responsibility");
    follow(button(page, "Save decision"));
    expect(page.locator("#viability-decision")).hasText("Suitable for the group programme");

    // The report, and its PDF.
    page.navigate("/cases/" + reference + "/reports");
    follow(button(page, "Produce a risk identification report"));
    field(page, "Recommendation on contact with the children").fill(CONTACT);
    field(page, "Recommendation on supervision").fill(SUPERVISION);
    field(page, "Recommendation on programme attendance").fill(PROGRAMME);
    field(page, "Time spent on the report, in minutes").fill("95");
    follow(button(page, "Produce the report"));
    expect(page.locator("h1")).hasText("Risk identification report");
    assertAccessible();
    RiskReportFixture.assertNoNeedles(referral.needles(), page.content(), "the report page");

    Download download = page.waitForDownload(() -> button(page, "Download PDF").click());
    String pdf = RiskReportFixture.pdfText(Files.readAllBytes(download.path()));
    assertThat(pdf)
        .contains(reference)
        .contains(CONTACT)
        .contains(SUPERVISION)
        .contains(PROGRAMME)
        .contains("14 of 24")
        .contains("1 hour 35 minutes");
    RiskReportFixture.assertNoNeedles(referral.needles(), pdf, "the report PDF");

    follow(link(page, "Back to the case's reports"));
    expect(page.locator("h1")).hasText("Risk identification reports");
  }
}
