package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.outcomes.ReportPeriod;

/**
 * The journey: a manager uploads the published table with one bad row, sees the row and
 * column named, fixes it, uploads it again and lands on its historical cohort with the published
 * figures; marks B&D16 as the published report did; finds the current quarter's report counting
 * live cases only, with a link to the historical cohort, in the PDF and the spreadsheet too; and
 * deletes the import after confirming.
 */
class OutcomesJourneyTest extends BrowserTest {

  private static final String SOURCE = "DVIP evaluation, first 18 months: Barking and Dagenham";

  private static byte[] published() throws IOException {
    try (InputStream in =
        OutcomesJourneyTest.class.getResourceAsStream("/outcomes/barking-dagenham.csv")) {
      return in.readAllBytes();
    }
  }

  @Test
  void aManagerImportsTheTableAsAHistoricalCohortApartFromTheLiveQuarter() throws IOException {
    String code = area.code();
    String name = area.area().name();
    byte[] good = published();
    byte[] bad =
        new String(good, StandardCharsets.UTF_8)
            .replace("B&D4,CS,2,10 to 15,Y,0,0,0,R,Y", "B&D4,CS,2,10 to 15,Y,0,0,none,R,Y")
            .getBytes(StandardCharsets.UTF_8);

    signIn(Role.SERVICE_MANAGER);
    follow(link(page, "Outcomes and reports"));
    follow(link(page, "Import a historical outcome table"));
    assertAccessible();

    page.getByLabel("Area the cases belong to").selectOption(code);
    field(page, "Where the table comes from").fill(SOURCE);
    page.locator("#periodFrom").fill("1");
    page.locator("#periodFrom-year").fill("2007");
    page.locator("#periodTo").fill("6");
    page.locator("#periodTo-year").fill("2008");
    field(page, "CSV file").setInputFiles(new FilePayload("barking-dagenham.csv", "text/csv", bad));
    follow(button(page, "Import"));

    expect(errorSummary(page)).containsText("Row 5 (B&D4), column sessions");
    expect(page.locator("#file-error"))
        .containsText("The file has 1 problem, so nothing was imported");
    expect(page.locator("#file-problems")).containsText("sessions");
    expect(page.getByLabel("Area the cases belong to")).hasValue(code);
    expect(field(page, "Where the table comes from")).hasValue(SOURCE);
    expect(page.locator("#periodTo-year")).hasValue("2008");
    assertAccessible();

    field(page, "CSV file")
        .setInputFiles(new FilePayload("barking-dagenham.csv", "text/csv", good));
    follow(button(page, "Import"));

    expect(page.locator(".govuk-notification-banner"))
        .containsText(
            "Imported 16 historical cases into " + name + " as a historical cohort of their own");
    expect(page.locator("h1")).containsText(SOURCE);
    expect(page.locator("h1 .govuk-tag")).hasText("Historical");
    expect(page.locator("#period")).hasText("January 2007 to June 2008");
    expect(page.locator("#file")).hasText("barking-dagenham.csv");
    expect(page.locator("#cases")).hasText("16");
    expect(row("Incidents evidenced before assessment")).containsText("53");
    expect(row("Remaining pre-assessment incidents")).containsText("31");
    expect(row("Incidents during intervention")).containsText("3");
    expect(row("Decrease in repeat victimisation")).containsText("90.3%");
    expect(page.locator("#excluded")).containsText("B&D10");
    assertAccessible();

    // The published report also left out B&D16: an evaluator marks it, with a reason.
    follow(
        page.locator("#included tbody tr")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("B&D16"))
            .getByRole(com.microsoft.playwright.options.AriaRole.LINK));
    follow(button(page, "Mark as no longer involved"));
    expect(errorSummary(page)).containsText("Enter why the service is no longer involved");
    assertAccessible();
    field(page, "Why is the service no longer involved?")
        .fill("No sessions attended and partner not engaged");
    follow(button(page, "Mark as no longer involved"));
    expect(page.locator("h1")).containsText(SOURCE);
    expect(row("Remaining pre-assessment incidents")).containsText("28");
    expect(row("Decrease in repeat victimisation")).containsText("89.3%");
    expect(page.locator("#excluded")).containsText("No sessions attended and partner not engaged");

    // This quarter's report counts live cases only, and points to the cohort as historical.
    ReportPeriod quarter = ReportPeriod.quarterOf(clock.today());
    page.navigate("/outcomes/area-report?area=" + code + "&quarter=" + quarter.code());
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Quarterly report: " + quarter.label());
    expect(page.locator("#repeat-table")).not().containsText("89.3%");
    expect(page.locator("#repeat-table")).containsText("cannot be calculated");
    expect(page.locator("#funnel-table")).containsText("Referred");
    expect(page.locator("#historical-cohorts-link"))
        .hasText("See the historical cohort of " + name + " (not live figures)");
    assertAccessible();

    Download pdfDownload =
        page.waitForDownload(() -> link(page, "Download this report as a PDF").click());
    assertThat(pdfDownload.suggestedFilename())
        .isEqualTo("tandem-" + code.toLowerCase() + "-" + quarter.code() + ".pdf");
    String pdf = RiskReportFixture.pdfText(Files.readAllBytes(pdfDownload.path()));
    assertThat(pdf)
        .contains("Quarterly report: " + quarter.label())
        .contains("Incidents evidenced before assessment 0")
        .doesNotContain("89.3%")
        .doesNotContain("90.3%")
        .contains("Referral funnel");

    Download xlsxDownload =
        page.waitForDownload(
            () -> link(page, "Download this report as a spreadsheet (XLSX)").click());
    assertThat(xlsxDownload.suggestedFilename()).endsWith(".xlsx");
    try (InputStream in = Files.newInputStream(xlsxDownload.path());
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet =
          workbook
              .getSheets()
              .filter(s -> s.getName().equals("Repeat victimisation"))
              .findFirst()
              .orElseThrow();
      Map<String, String> values =
          sheet.read().stream()
              .filter(
                  r ->
                      r.getCellCount() >= 2
                          && r.getCellText(0) != null
                          && !r.getCellText(0).isBlank())
              .collect(
                  Collectors.toMap(
                      r -> r.getCellText(0), OutcomesJourneyTest::second, (a, b) -> a));
      assertThat(values)
          .containsEntry("Incidents evidenced before assessment", "0")
          .containsEntry("Remaining pre-assessment incidents", "0")
          .containsEntry("Decrease in repeat victimisation", "cannot be calculated");
      List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
      assertThat(sheets)
          .contains(
              "Referral funnel",
              "Partner support",
              "Evaluations",
              "Who was referred",
              "Waiting times");
    }

    // Imported into the wrong area, say: the manager deletes it, after confirming.
    follow(page.locator("#historical-cohorts-link"));
    expect(page.locator("h1")).containsText("Historical cohorts");
    expect(page.locator("#cohorts")).containsText("January 2007 to June 2008");
    assertAccessible();
    follow(link(page, SOURCE));
    follow(button(page, "Delete this historical cohort"));
    expect(page.locator("h1")).hasText("Delete the historical cohort " + SOURCE + "?");
    assertAccessible();
    follow(button(page, "Yes, delete this historical cohort"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Deleted the historical cohort " + SOURCE);
    expect(page.locator("#no-cohorts")).containsText("No historical table has been imported");
    assertAccessible();
  }

  /** A line of the historical cohort's figures, by its label. */
  private com.microsoft.playwright.Locator row(String label) {
    return page.locator("#repeat-table tr")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(label));
  }

  @Test
  void aCommissionerSeesTheAreaReportsAndNothingElse() {
    signIn(Role.COMMISSIONER);
    expect(page.locator("h1")).hasText("Outcomes and reports");
    expect(link(page, "Cases")).hasCount(0);
    expect(page.getByText("Repeat victimisation")).hasCount(0);
    expect(link(page, "Import a historical outcome table")).hasCount(0);
    assertAccessible();

    ReportPeriod quarter = ReportPeriod.quarterOf(clock.today());
    follow(
        page.locator(
                "tr",
                new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText(area.area().name() + " (" + area.code() + ")"))
            .getByRole(
                com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(quarter.label() + " for " + area.area().name())));
    expect(page.locator("h1")).hasText("Quarterly report: " + quarter.label());
    expect(page.locator("#funnel-table")).containsText("Referred");
    expect(page.locator("#partner-support-table")).containsText("Women supported");
    assertAccessible();

    page.navigate("/outcomes/repeat-victimisation?area=" + area.code());
    expect(page.locator("h1")).not().hasText("Repeat victimisation");
  }

  @Test
  void aWorkerRecordsThatTheServiceIsNoLongerInvolved() {
    String reference = newCase(area);

    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference);
    follow(link(page, "Record that the service is no longer involved"));
    assertAccessible();
    String tomorrow = clock.today().plusDays(2).toString();
    String[] parts = tomorrow.split("-");
    page.getByLabel("Day").fill(parts[2]);
    page.getByLabel("Month").fill(parts[1]);
    page.getByLabel("Year").fill(parts[0]);
    field(page, "Why is the service no longer involved?").fill("Moved out of the area");
    follow(button(page, "Save"));
    expect(errorSummary(page)).containsText("The date must be today or in the past");
    expect(field(page, "Why is the service no longer involved?")).hasValue("Moved out of the area");
    assertAccessible();

    String today = clock.today().toString();
    page.getByLabel("Day").fill(today.split("-")[2]);
    page.getByLabel("Month").fill(today.split("-")[1]);
    page.getByLabel("Year").fill(today.split("-")[0]);
    follow(button(page, "Save"));
    expect(page.locator("#involvement")).containsText("Moved out of the area");
    expect(page.locator("#involvement")).containsText("No longer involved since");
  }

  private static String second(Row r) {
    String text = r.getCellText(1);
    return text == null ? "" : text;
  }
}
