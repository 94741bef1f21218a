package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.planner.ComparisonWorkbook;

/**
 * The journey for saved scenarios: in the planner, a commissioner works out Newham at the
 * published 6% and saves it; changes the one assumption to 8% and saves that too (first under the
 * name already taken, which is refused beside the name with everything kept); chooses the two to
 * compare, sees the changed assumption marked and its effect (5,493 against 7,324 women), and
 * downloads the comparison as a spreadsheet and a PDF holding the same figures.
 */
class PlannerScenarioJourneyTest extends BrowserTest {

  private static final String PREVALENCE = "Adult women experiencing domestic abuse in a year (%)";

  private void workOutNewham(String prevalence) {
    follow(link(page, "Go to the commissioning planner"));
    expect(page.locator("h1")).hasText("Commissioning planner");
    page.locator("#areas-0-name").fill("Newham");
    page.locator("#areas-0-population").fill("243,891");
    page.locator("#areas-0-adultWomen").fill("91556");
    field(page, PREVALENCE).fill(prevalence);
    follow(button(page, "Work out the plan"));
  }

  @Test
  void aCommissionerSavesTwoScenariosComparesThemAndDownloadsTheComparison() throws IOException {
    String six = "Newham at 6% " + TestData.marker("j");
    String eight = "Newham at 8% " + TestData.marker("j");

    signIn(Role.COMMISSIONER);
    page.navigate("/planner/scenarios");
    expect(page.locator("h1")).hasText("Saved scenarios");
    assertAccessible();

    workOutNewham("6");
    expect(page.locator("#women-total")).hasText("5,493");
    field(page, "Scenario name").fill(six);
    follow(button(page, "Save scenario"));
    expect(page.locator(".govuk-notification-banner")).containsText("Scenario saved: " + six);
    expect(Journey.rowsWith(page, six)).containsText("5,493");
    assertAccessible();

    // The same area at 8%, saved first under the name already taken.
    workOutNewham("8");
    expect(page.locator("#women-total")).hasText("7,324");
    field(page, "Scenario name").fill(six);
    follow(button(page, "Save scenario"));
    expect(page).hasTitle("Error: Save a scenario – Tandem");
    expect(errorSummary(page))
        .containsText("A scenario with this name is already saved: choose another name");
    expect(page.locator("#scenarioName-error")).containsText("already saved");
    expect(field(page, "Scenario name")).hasValue(six);
    expect(field(group(page, "Area 1"), "Population")).hasValue("243,891");
    expect(field(page, PREVALENCE)).hasValue("8");
    assertAccessible();
    field(page, "Scenario name").fill("");
    follow(button(page, "Save scenario"));
    expect(page.locator("#scenarioName-error")).containsText("Enter a name for the scenario");
    field(page, "Scenario name").fill(eight);
    follow(button(page, "Save scenario"));
    expect(page.locator(".govuk-notification-banner")).containsText("Scenario saved: " + eight);
    expect(Journey.rowsWith(page, eight)).containsText("7,324");

    // Choosing only one is not a comparison.
    page.getByLabel("First scenario").selectOption(new SelectOption().setLabel(six));
    follow(button(page, "Compare"));
    expect(errorSummary(page)).containsText("Choose the second scenario to compare");
    expect(page.getByLabel("First scenario")).not().hasValue("");
    assertAccessible();
    page.getByLabel("Second scenario").selectOption(new SelectOption().setLabel(eight));
    follow(button(page, "Compare"));

    expect(page.locator("h1")).hasText("Compare scenarios");
    expect(page.locator("#scenario-a")).hasText(six);
    expect(page.locator("#scenario-b")).hasText(eight);
    expect(page.locator("#differing")).containsText("1 input differs");
    expect(page.locator("#input-prevalence")).containsText("Differs");
    expect(page.locator("#input-prevalence")).containsText("6%");
    expect(page.locator("#input-prevalence")).containsText("8%");
    expect(page.locator("#input-areas-0-population").getByText("Differs")).hasCount(0);
    expect(page.locator("#result-womenExperiencingAbuse")).containsText("5,493");
    expect(page.locator("#result-womenExperiencingAbuse")).containsText("7,324");
    expect(page.locator("#result-womenExperiencingAbuse")).containsText("+1,831");
    assertAccessible();

    // What differs comes first; what is the same in both is folded below it.
    expect(page.locator("#differing-inputs tbody tr")).hasCount(1);
    expect(page.locator("#differing-inputs #input-prevalence")).isVisible();
    expect(page.locator("#differing-results #result-womenExperiencingAbuse")).isVisible();
    expect(page.locator("#differing-results #result-costServices")).hasCount(0);
    expect(page.locator("#same-results #result-costServices")).not().isVisible();
    expect(page.locator("#same-inputs #input-areas-0-population")).not().isVisible();
    assertThat(top("#what-differs")).isLessThan(top("#same"));
    page.locator("#same summary").click();
    expect(page.locator("#same-inputs #input-areas-0-population")).isVisible();
    expect(page.locator("#same-inputs #input-areas-0-population")).containsText("243,891");
    expect(page.locator("#same-results #result-costServices")).isVisible();
    assertAccessible();

    String query = URI.create(page.url()).getQuery();
    String a = query.replaceAll(".*\\ba=(\\d+).*", "$1");
    String b = query.replaceAll(".*\\bb=(\\d+).*", "$1");

    Download xlsx =
        page.waitForDownload(
            () -> link(page, "Download this comparison as a spreadsheet (XLSX)").click());
    assertThat(xlsx.suggestedFilename()).isEqualTo("planner-comparison-" + a + "-" + b + ".xlsx");
    ComparisonWorkbook workbook = ComparisonWorkbook.read(Files.readAllBytes(xlsx.path()));
    assertThat(workbook.allText()).contains(six, eight);
    assertThat(workbook.number("Women experiencing domestic abuse in a year", 1))
        .isEqualByComparingTo("5493");
    assertThat(workbook.number("Women experiencing domestic abuse in a year", 2))
        .isEqualByComparingTo("7324");

    Download pdf =
        page.waitForDownload(() -> link(page, "Download this comparison as a PDF").click());
    assertThat(pdf.suggestedFilename()).isEqualTo("planner-comparison-" + a + "-" + b + ".pdf");
    assertThat(RiskReportFixture.pdfText(Files.readAllBytes(pdf.path())))
        .contains(six, eight)
        .contains("Women experiencing domestic abuse in a year 5,493 7,324");
    String pdfText = RiskReportFixture.pdfText(Files.readAllBytes(pdf.path()));
    assertThat(pdfText.indexOf("What differs"))
        .isNotNegative()
        .isLessThan(pdfText.indexOf("What is the same in both"));
    assertThat(pdfText.indexOf("Women experiencing domestic abuse in a year 5,493"))
        .isLessThan(pdfText.indexOf("What is the same in both"));
  }

  private double top(String selector) {
    return page.locator(selector).boundingBox().y;
  }

  @Test
  void aScenarioCanBeSavedWithoutThePlanner() {
    String name = "Typed in full " + TestData.marker("t");
    signIn(Role.SERVICE_MANAGER);
    page.navigate("/planner/scenarios");
    follow(link(page, "Save a new scenario"));
    expect(page.locator("h1")).hasText("Save a scenario");
    assertAccessible();
    field(group(page, "Area 1"), "Name").fill("Waltham Forest");
    field(group(page, "Area 1"), "Population").fill("218341");
    field(group(page, "Area 1"), "Women aged 16 and over").fill("lots");
    field(page, "Scenario name").fill(name);
    follow(button(page, "Save scenario"));
    expect(errorSummary(page)).containsText("must be a whole number");
    expect(field(group(page, "Area 1"), "Women aged 16 and over")).hasValue("lots");
    assertAccessible();
    field(group(page, "Area 1"), "Women aged 16 and over").fill("88034");
    follow(button(page, "Save scenario"));
    expect(Journey.rowsWith(page, name)).containsText("5,282");
  }
}
