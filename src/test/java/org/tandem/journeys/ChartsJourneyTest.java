package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.referral.AReferral;

/**
 * The quarterly report's charts tell the truth: a manager sees a bar for 10 men longer than the bar
 * for 7, in the page and in the PDF, and no bar at all for a count withheld ("[c]") or for none.
 */
class ChartsJourneyTest extends BrowserTest {

  @Test
  void barsOfDifferentCountsHaveDifferentLengthsOnThePageAndInThePdf() throws IOException {
    refer(10, "POLICE");
    refer(7, "PROBATION");
    refer(2, "MARAC");
    // A second small count: with the MARAC 2 alone, the 7 would be hidden with it, so that the
    // total of 19 less the others could not give the 2 away; the 2 and 3 could each be 1 to 4.
    refer(3, "HEALTH_GP");
    // The referrals are dated three days ago: the report is of that day's quarter.
    ReportPeriod quarter = ReportPeriod.quarterOf(clock.today().minusDays(3));

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/outcomes/area-report?area=" + area.code() + "&quarter=" + quarter.code());
    page.waitForLoadState();

    Locator chart = page.locator("#source-table-chart");
    expect(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Chart: Who referred")))
        .isVisible();
    double police = barWidth(chart, "Police");
    double probation = barWidth(chart, "Probation");
    assertThat(police).as("the bar for 10 men").isGreaterThan(probation);
    assertThat(probation / police).as("7 against 10").isCloseTo(0.7, within(0.02));

    Locator marac = row(chart, "MARAC");
    expect(marac).containsText("[c]");
    expect(marac.locator("rect")).hasCount(0);
    Locator none = row(chart, "Relate");
    expect(none).containsText("0");
    expect(none.locator("rect")).hasCount(0);
    expect(page.locator("#source-table")).containsText("Police");
    assertAccessible();

    Download download =
        page.waitForDownload(() -> link(page, "Download this report as a PDF").click());
    byte[] pdf = Files.readAllBytes(download.path());
    assertThat(RiskReportFixture.pdfText(pdf))
        .as("the charts' figures are in the PDF as text")
        .contains("Police 10")
        .contains("Probation 7")
        .contains("MARAC [c]");
    List<Integer> bars = PdfBars.lengths(pdf);
    int longest = bars.stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(bars)
        .as("the PDF draws the bar for 7 men at 7/10 the length of the bar for 10: %s", bars)
        .anySatisfy(b -> assertThat(b / (double) longest).isCloseTo(0.7, within(0.02)));
  }

  private void refer(int men, String source) {
    for (int i = 0; i < men; i++) {
      newCase(area, AReferral.in(area).from(source));
    }
  }

  private static Locator row(Locator chart, String label) {
    return chart
        .locator("g.tandem-chart__row")
        .filter(new Locator.FilterOptions().setHasText(label));
  }

  /** The bar's width as drawn on the screen, in pixels. */
  private static double barWidth(Locator chart, String label) {
    Locator bar = row(chart, label).locator("rect");
    expect(bar).hasCount(1);
    return bar.boundingBox().width;
  }
}
