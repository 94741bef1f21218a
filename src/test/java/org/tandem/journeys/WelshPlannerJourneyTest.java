package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * A commissioner works out a plan in Welsh, and a perpetrator worker opens her work in Welsh: the
 * headings, the budget's lines, a problem beside its field and the numbers are in the language she
 * chose, and the pages pass the same accessibility scan as in English.
 */
class WelshPlannerJourneyTest extends BrowserTest {

  /** Welsh chosen as a visitor chooses it: by the switcher's link, and as her browser asks. */
  private void inWelsh() {
    page.setExtraHTTPHeaders(Map.of("Accept-Language", "cy"));
  }

  @Test
  void aCommissionerWorksOutAPlanInWelsh() {
    signIn(Role.COMMISSIONER);
    inWelsh();
    page.navigate("/planner?lang=cy");
    expect(page.locator("h1")).hasText("Cynllunydd comisiynu");
    expect(field(page, "Dynion mewn grŵp")).hasValue("12");
    assertAccessible();

    page.locator("#areas-0-name").fill("Newham");
    page.locator("#areas-0-population").fill("243,891");
    page.locator("#areas-0-adultWomen").fill("91556");
    page.locator("#areas-1-population").fill("100000");
    page.locator("#areas-1-adultWomen").fill("40000");
    follow(button(page, "Cyfrifo'r cynllun"));

    expect(page.locator("#results h2")).hasText("Y cynllun");
    // Welsh writes its numbers as English does: a comma between the thousands.
    expect(page.locator("#overhead")).hasText("18,600");
    expect(page.locator("#need-total")).containsText("Pob ardal");
    expect(page.locator("#need-table")).containsText("Ardal 2");
    expect(page.locator("#budget-table")).containsText("Rheolwr prosiect");
    assertAccessible();

    page.getByText("Newid yr ardaloedd a'r rhagdybiaethau").click();
    field(page, "Dynion mewn grŵp").fill("dwsin");
    follow(button(page, "Cyfrifo'r cynllun"));
    expect(errorSummary(page)).containsText("Maint y grŵp: rhowch rif cyfan, fel 175000");
    expect(field(page, "Dynion mewn grŵp")).hasValue("dwsin");
    assertAccessible();
  }

  @Test
  void aPerpetratorWorkerOpensHerWorkInWelsh() {
    signIn(Role.PERPETRATOR_WORKER);
    inWelsh();
    page.navigate("/my-work?lang=cy");
    expect(page.locator("h1")).hasText("Fy ngwaith");
    expect(page.locator("main")).containsText("Fy achosion");
    expect(page.locator("main")).containsText("Does dim achos agored wedi'i neilltuo i chi.");
    assertAccessible();
  }
}
