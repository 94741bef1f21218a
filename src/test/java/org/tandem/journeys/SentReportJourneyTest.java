package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.outcomes.ReportWorkbook;
import org.tandem.referral.AReferral;

/**
 * The journey for the quarterly report as sent: a manager prepares last quarter, sees first
 * a data-quality warning naming a case with no partner recorded, adds a note and signs it off; a
 * man referred in that quarter is then recorded late; the commissioner opens the report and gets
 * the figures as they were signed, in the page, the PDF and the spreadsheet; the manager prepares
 * version 2, sees the difference listed, is asked why, and signs it, leaving version 1 superseded.
 */
class SentReportJourneyTest extends BrowserTest {

  @Test
  void aManagerSignsOffTheQuarterAndTheCommissionerOpensItAsSent() throws Exception {
    ReportPeriod quarter = ReportPeriod.quarterOf(clock.today()).previousQuarter();
    for (int i = 0; i < 6; i++) {
      newCase(area, AReferral.in(area).referredOn(quarter.from().plusDays(20)));
    }
    String alone =
        newCase(area, AReferral.in(area).withoutPartners().referredOn(quarter.from().plusDays(30)));

    signIn(Role.SERVICE_MANAGER);
    follow(link(page, "Outcomes and reports"));
    follow(link(page, "Quarterly reports as sent"));
    expect(page.locator("#none-sent")).isVisible();
    assertAccessible();
    field(page, "Area").selectOption(area.code());
    field(page, "Quarter").selectOption(quarter.code());
    follow(button(page, "Prepare the report"));

    expect(page.locator("h1")).hasText("Prepare the quarterly report: " + quarter.label());
    expect(page.locator("#draft-tag")).hasText("Draft \u2014 not signed off");
    expect(page.locator("#warning-partner_status")).containsText(alone);
    expect(page.locator("#warning-partner_status"))
        .containsText("7 cases have no partner recorded");
    assertThat(
            (Boolean)
                page.evaluate(
                    "() => document.querySelector('#warnings-heading').compareDocumentPosition("
                        + "document.querySelector('#draft-heading'))"
                        + " & Node.DOCUMENT_POSITION_FOLLOWING"
                        + " ? true : false"))
        .as("the warnings come before the figures")
        .isTrue();
    expect(page.locator("#funnel-table")).containsText("7");
    assertAccessible();

    field(page, "Notes for the commissioner (optional)")
        .fill("One case was referred by a new children's services team.");
    follow(button(page, "Sign off and send version 1"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Version 1 of the report for " + quarter.label() + " is signed off");
    expect(page.locator("#current")).hasText("Current");
    expect(page.locator("#notes"))
        .hasText("One case was referred by a new children's services team.");
    assertAccessible();
    signOut(page);

    // A man referred in the quarter is recorded late: the live figures now count 8.
    newCase(area, AReferral.in(area).referredOn(quarter.from().plusDays(40)));

    signIn(Role.COMMISSIONER);
    follow(link(page, "Outcomes and reports"));
    follow(link(page, "Quarterly reports as sent"));
    expect(page.locator("#prepare-form")).hasCount(0);
    assertAccessible();
    follow(link(page, quarter.code()));
    expect(page.locator("#prepare-link")).hasCount(0);
    assertAccessible();
    follow(link(page, "Version 1"));
    expect(rowsWith(page, "Men referred in the quarter: Referred").first()).containsText("7");
    assertAccessible();

    Download pdfDownload =
        page.waitForDownload(() -> link(page, "Download the report as sent (PDF)").click());
    byte[] pdf = Files.readAllBytes(pdfDownload.path());
    assertThat(pdf).isEqualTo(stored("pdf", 1));
    String text = RiskReportFixture.pdfText(pdf);
    assertThat(text)
        .contains("Signed off by " + area.user(Role.SERVICE_MANAGER).displayName())
        .contains("version 1")
        .contains("One case was referred by a new children's services team.")
        .contains("Referred 7")
        .doesNotContain("Referred 8");
    Download xlsxDownload =
        page.waitForDownload(
            () -> link(page, "Download the report as sent (spreadsheet, XLSX)").click());
    byte[] xlsx = Files.readAllBytes(xlsxDownload.path());
    assertThat(xlsx).isEqualTo(stored("xlsx", 1));
    assertThat(ReportWorkbook.referred(xlsx)).isEqualTo("7");

    // The draft is the managers' only.
    assertThat(
            page.navigate(
                    "/outcomes/sent-reports/" + area.code() + "/" + quarter.code() + "/prepare")
                .status())
        .isEqualTo(403);
    // The live report says its figures move, and leads to what was sent.
    page.navigate("/outcomes/area-report?area=" + area.code() + "&quarter=" + quarter.code());
    expect(page.locator("#live-figures")).containsText("These are live figures");
    follow(link(page, "The report for " + quarter.label() + " as sent"));
    expect(page.locator("h1")).containsText(quarter.label());
    expect(link(page, "Version 1")).isVisible();
    page.navigate("/outcomes/sent-reports");
    signOut(page);

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/outcomes/sent-reports/" + area.code() + "/" + quarter.code());
    follow(link(page, "Prepare a corrected version"));
    expect(page.locator("#differences")).hasText("Differences from version 1 as sent");
    expect(rowsWith(page, "Men referred in the quarter: Referred").first())
        .containsText("7 (100.0%)");
    expect(rowsWith(page, "Men referred in the quarter: Referred").first())
        .containsText("8 (100.0%)");
    assertAccessible();
    field(page, "Notes for the commissioner (optional)").fill("Corrected.");
    follow(button(page, "Sign off and send version 2"));
    expect(errorSummary(page)).containsText("Enter why the figures sent need correcting");
    expect(page.locator("#correctionReason-error"))
        .containsText("Enter why the figures sent need correcting");
    expect(field(page, "Notes for the commissioner (optional)")).hasValue("Corrected.");
    assertAccessible();
    field(page, "Why do the figures sent need correcting?").fill("A referral was recorded late.");
    follow(button(page, "Sign off and send version 2"));
    expect(page.locator(".govuk-notification-banner")).containsText("Version 2");
    expect(page.locator("#correction-reason")).hasText("A referral was recorded late.");
    follow(link(page, "Back to the quarter's versions"));
    expect(rowsWith(page, "Version 1")).containsText("Superseded");
    expect(rowsWith(page, "Version 2")).containsText("Current");
    assertAccessible();
  }

  private byte[] stored(String column, int version) {
    return jdbc.sql(
            "SELECT " + column + " FROM sent_area_report WHERE area_id = :a AND version = :v")
        .param("a", area.id())
        .param("v", version)
        .query(byte[].class)
        .single();
  }
}
