package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.follow;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.referral.Family;

/**
 * Every main page a manager, a perpetrator worker, a partner-support worker and a children's worker
 * opens keeps to the Content-Security-Policy: Chromium says so in the console when a page uses
 * inline style or script it refuses (and then draws the page wrongly, as the report's bars once
 * were). The pages with charts show them to scale and pass axe.
 */
class ContentSecurityPolicyJourneyTest extends BrowserTest {

  private final List<String> refused = new ArrayList<>();

  private Family family;
  private long groupId;

  @BeforeEach
  void aFamilyInAGroupWithLadderReadings() {
    family = newFamily(area);
    LocalDate today = clock.today();
    ProgrammeGroup group = AGroup.in(area).firstMeetingOn(today).create(api());
    group.place(family.reference(), today).attended(1);
    groupId = group.id();
    reading("BEFORE", today.minusDays(2), 3);
    reading("AFTER", today, 6);
  }

  @BeforeEach
  void listenToTheConsole() {
    page.onConsoleMessage(
        m -> {
          String text = m.text();
          if (text.contains("Content Security Policy")
              || text.contains("Content-Security-Policy")) {
            refused.add(page.url() + ": " + text);
          }
        });
    page.onPageError(e -> refused.add(page.url() + ": page error " + e));
  }

  /** What the other tests listen for is what Chromium says when the policy refuses a style. */
  @Test
  void theConsoleSaysWhenThePolicyRefusesAnInlineStyle() {
    signIn(Role.SERVICE_MANAGER);
    page.navigate("/");
    page.waitForLoadState();
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<p style=\"width: 10%\">Invented</p>')");
    page.waitForCondition(() -> !refused.isEmpty());
    // Chromium's words change between versions ("Refused to apply inline style …", "Applying
    // inline style violates …"); both name the inline style and the policy.
    assertThat(refused)
        .anySatisfy(
            r -> assertThat(r).contains("inline style").contains("Content Security Policy"));
  }

  @Test
  void aManagersPagesKeepToThePolicy() {
    signIn(Role.SERVICE_MANAGER);
    visitTheNavigation();
    visit(casePage());
    visit(herRecord());
    visitTheChildren();
    visit("/groups/" + groupId);
    visitHisProgramme();
    visitACurriculum();
    ReportPeriod quarter = ReportPeriod.quarterOf(clock.today().minusDays(3));
    visit("/outcomes/area-report?area=" + area.code() + "&quarter=" + quarter.code());
    expect(page.locator("#funnel-table")).containsText("Referred");
    assertAccessible();
    visitThePlannersResults();
    assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
  }

  @Test
  void aPerpetratorWorkersPagesKeepToThePolicy() {
    signIn(Role.PERPETRATOR_WORKER);
    visitTheNavigation();
    visit(casePage());
    visit("/groups/" + groupId);
    visitHisProgramme();
    assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
  }

  @Test
  void aPartnerSupportWorkersPagesKeepToThePolicy() {
    signIn(Role.PARTNER_SUPPORT_WORKER);
    visitTheNavigation();
    visit(casePage());
    visit(herRecord());
    visitTheChildren();
    assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
  }

  @Test
  void aChildrensWorkersPagesKeepToThePolicy() {
    signIn(Role.CHILDRENS_WORKER);
    visitTheNavigation();
    visit(casePage());
    visitTheChildren();
    assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
  }

  /** Every page the service navigation links to, as this worker sees it. */
  private void visitTheNavigation() {
    page.navigate("/");
    page.waitForLoadState();
    Set<String> links = new LinkedHashSet<>();
    for (Locator link : page.locator(".govuk-service-navigation a[href^='/']").all()) {
      links.add(link.getAttribute("href"));
    }
    assertThat(links).as("the service navigation").isNotEmpty();
    for (String link : links) {
      visit(link);
    }
  }

  private void visitTheChildren() {
    visit(casePage() + "/children");
    Locator ladder = page.locator("#ladder-chart-" + family.child(0));
    expect(
            page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions()
                    .setName("Safety ladder before and after")
                    .setExact(false)))
        .not()
        .hasCount(0);
    List<Locator> bars = ladder.locator("rect").all();
    assertThat(bars).hasSize(2);
    double before = bars.get(0).boundingBox().width;
    double after = bars.get(1).boundingBox().width;
    assertThat(before / after).as("3 against 6 on the ladder").isCloseTo(0.5, within(0.02));
    assertAccessible();
  }

  private void visitHisProgramme() {
    visit(casePage() + "/programme");
    expect(page.locator("[id^='programme-hours-chart-'] rect").first()).isVisible();
    assertAccessible();
  }

  /** A curriculum as a manager sees it, with a form to move each session up or down. */
  private void visitACurriculum() {
    visit("/curricula");
    visit(page.locator("main a[href^='/curricula/']").first().getAttribute("href"));
    expect(page.locator("form.tandem-inline-form").first()).isAttached();
  }

  private void visitThePlannersResults() {
    visit("/planner");
    page.locator("#areas-0-name").fill("Invented borough");
    page.locator("#areas-0-population").fill("243891");
    page.locator("#areas-0-adultWomen").fill("91556");
    follow(button(page, "Work out the plan"));
    List<Locator> bars = page.locator("#cost-and-return-chart rect").all();
    assertThat(bars).as("the cost and each saving").hasSizeGreaterThanOrEqualTo(2);
    assertThat(bars.get(0).boundingBox().width)
        .as("the cost and the savings from the men are drawn to different lengths")
        .isNotEqualTo(bars.get(1).boundingBox().width);
    assertAccessible();
  }

  private void visit(String path) {
    Response response = page.navigate(path);
    page.waitForLoadState();
    assertThat(response.status()).as(path).isLessThan(400);
  }

  private String casePage() {
    return "/cases/" + family.reference();
  }

  private String herRecord() {
    return casePage() + "/partners/" + family.partner(0);
  }

  private void reading(String stage, LocalDate on, int rating) {
    api()
        .created(
            area.token(Role.CHILDRENS_WORKER),
            "/api/v1/cases/"
                + family.reference()
                + "/children/"
                + family.child(0)
                + "/safety-ladder",
            "{\"stage\": \"%s\", \"takenOn\": \"%s\", \"rating\": %d}"
                .formatted(stage, on, rating));
  }
}
