package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.hasFocus;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/** A perpetrator worker assesses a man: sessions, history, DASH and the viability decision. */
class AssessmentJourneyTest extends CaseJourneyTest {

  @Test
  void aWorkerAssessesHimAndAHighDashScoreMakesTheCaseHighRisk() {
    String reference = newCase();
    signIn(Role.PERPETRATOR_WORKER);

    page.navigate("/cases/" + reference);
    follow(link(page, "Assessment"));
    expect(page.locator("h1")).hasText("Assessment");
    expect(page.locator("main")).containsText("No sessions recorded yet.");
    assertAccessible();

    // A session.
    follow(link(page, "Assessment sessions"));
    expect(page.locator("h1")).hasText("Add an assessment session");
    assertAccessible();
    field(page, "How long it took, in minutes").fill("90");
    field(page, "An interpreter was there").check();
    follow(button(page, "Save session"));
    expect(page.locator(".govuk-notification-banner")).containsText("Session added");
    Locator sessionRow = page.locator("tbody tr").first();
    expect(sessionRow).containsText("90");
    expect(sessionRow).containsText(area.user(Role.PERPETRATOR_WORKER).displayName());
    expect(sessionRow).containsText("Yes");
    expect(page.locator("#total-time")).containsText("90 minutes");
    assertAccessible();

    // History with a mistake: an exact number of incidents, but no number.
    follow(link(page, "History and dynamic factors"));
    expect(page.locator("h1")).hasText("History and dynamic factors");
    assertAccessible();
    field(page, "An exact number of incidents").check();
    field(page, "1 to 4 incidents").check();
    field(page, "Alcohol and drugs (optional)").fill("Invented: drinks most weekends");
    rate("Denial", "4 – considerable");
    rate("Minimisation", "3 – moderate");
    rate("Blame", "4 – considerable");
    rate("Hostility", "2 – low");
    rate("Empathy", "2 – low");
    rate("Motivation", "3 – moderate");
    follow(button(page, "Save history and dynamic factors"));

    expect(errorSummary(page)).containsText("Enter the number of incidents evidenced");
    expect(page.locator("#policeIncidents-error"))
        .containsText("Enter the number of incidents evidenced");
    expect(field(page, "An exact number of incidents")).isChecked();
    expect(field(page, "Alcohol and drugs (optional)")).hasValue("Invented: drinks most weekends");
    expect(group(page, "Denial").getByLabel("4 – considerable")).isChecked();
    assertAccessible();

    field(page, "Number of incidents evidenced").fill("3");
    follow(button(page, "Save history and dynamic factors"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("History and dynamic factors saved");
    expect(summaryValue("Incidents evidenced by police or chronology")).hasText("3");
    expect(summaryValue("Violence he discloses")).hasText("1 to 4 incidents");
    expect(summaryValue("Denial")).containsText("4 – considerable");
    expect(summaryValue("Denial")).containsText("High is concerning");
    expect(summaryValue("Empathy")).containsText("High is good");
    assertAccessible();

    // DASH: indicators 2 to 15 yes, strangulation among them; the rest no.
    follow(link(page, "DASH risk indicators"));
    expect(page.locator("h1")).hasText("DASH risk indicators");
    expect(group(page, "15. Has he ever attempted to strangle, choke, suffocate or drown her?"))
        .containsText("Homicide risk marker");
    assertAccessible();
    for (int n = 1; n <= 24; n++) {
      page.locator(n >= 2 && n <= 15 ? "#answers-" + n : "#answers-" + n + "-1").check();
    }
    field(page, "Your professional judgement (optional)")
        .fill("Invented: the score reflects what the police reports show");
    follow(button(page, "Save DASH risk indicators"));

    expect(page.locator("#dash-saved-score")).containsText("14 of 24, visible high risk");
    expect(page.locator(".govuk-notification-banner"))
        .containsText(
            "The case is now high risk and a task to refer it to MARAC has been created.");
    expect(page.locator("#dash-score")).containsText("14 of 24");
    expect(page.locator("#dash-score")).containsText("Visible high risk");
    expect(page.locator("main .govuk-tag--red").first()).hasText("High");
    expect(page.locator(".govuk-warning-text")).containsText("Strangulation");
    expect(page.locator("#dash-yes li")).hasCount(14);
    expect(page.locator("#dash-yes"))
        .containsText("15. He has tried to strangle, choke, suffocate or drown her");
    expect(page.locator("main"))
        .containsText("Invented: the score reflects what the police reports show");
    assertAccessible();

    // The decision: the group programme.
    follow(link(page, "Treatment-viability decision"));
    expect(page.locator("h1")).hasText("Treatment-viability decision");
    assertAccessible();
    field(page, "Suitable for the group programme").check();
    field(page, "No reason needed for this decision").check();
    field(page, "Your reasons for the decision")
        .fill("Invented: accepts some responsibility and wants to change");
    follow(button(page, "Save decision"));
    expect(page.locator("#viability-decision")).hasText("Suitable for the group programme");
    expect(summaryValue("Reason")).hasText("None needed");
    assertAccessible();

    follow(link(page, "Return to case " + reference));
    expect(page.locator("h1")).containsText(reference);
  }

  @Test
  void aReasonThatDoesNotFitTheDecisionIsShownBesideItWithTheChoicesKept() {
    String reference = newCase();
    signIn(Role.PERPETRATOR_WORKER);

    page.navigate("/cases/" + reference + "/assessment/viability");
    field(page, "Individual work instead of the group").check();
    field(page, "Denial").check();
    field(page, "Your reasons for the decision").fill("Invented reasons");
    follow(button(page, "Save decision"));

    expect(errorSummary(page)).containsText("Select a reason that fits the decision");
    expect(page.locator("#reason-error")).containsText("Select a reason that fits the decision");
    expect(field(page, "Individual work instead of the group")).isChecked();
    expect(field(page, "Denial")).isChecked();
    expect(field(page, "Your reasons for the decision")).hasValue("Invented reasons");
    assertAccessible();

    field(page, "Language").check();
    follow(button(page, "Save decision"));
    expect(page.locator("#viability-decision")).hasText("Individual work instead of the group");
    expect(summaryValue("Reason")).hasText("Language");
  }

  @Test
  void anIncompleteDashKeepsTheAnswersGivenAndNamesThoseMissing() {
    String reference = newCase();
    signIn(Role.PERPETRATOR_WORKER);

    page.navigate("/cases/" + reference + "/assessment/dash");
    for (int n = 1; n <= 23; n++) {
      page.locator("#answers-" + n + (n == 15 ? "" : "-1")).check();
    }
    follow(button(page, "Save DASH risk indicators"));

    expect(errorSummary(page)).containsText("Answer indicator 24: yes, no or not known");
    expect(page.locator("#answers-24-error")).containsText("Answer indicator 24");
    expect(page.locator("#answers-15")).isChecked();
    expect(page.locator("#answers-3-1")).isChecked();
    assertAccessible();
    follow(errorSummary(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK));
    expect(page.locator("#answers-24")).isFocused();
  }

  @Test
  void someoneElsesChangeIsNotOverwritten() {
    String reference = newCase();
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/assessment/history");
    field(page, "There were incidents, but how many is unclear").check();

    // Meanwhile a manager records the decision, which changes the assessment.
    var other = browserContextFor(Role.SERVICE_MANAGER);
    other.navigate("/cases/" + reference + "/assessment/viability");
    other.getByLabel("Not realistic to treat: manage and report the risk").check();
    other.getByLabel("No reason needed for this decision").check();
    other.getByLabel("Your reasons for the decision").fill("Invented reasons");
    other
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save decision"))
        .click();
    other.waitForLoadState();

    other.context().close();

    follow(button(page, "Save history and dynamic factors"));
    expect(errorSummary(page)).containsText("Someone else changed this assessment");
    expect(field(page, "There were incidents, but how many is unclear")).isChecked();
    assertAccessible();
  }

  @Test
  void intakeSeesTheAssessmentButCannotRecordIt() {
    String reference = newCase();
    signIn(Role.INTAKE);

    page.navigate("/cases/" + reference + "/assessment");
    expect(page.locator("h1")).hasText("Assessment");
    // The parts and how far each has got, but no way into the pages that record them.
    expect(page.locator("#assessment-tasks li")).hasCount(5);
    expect(link(page, "Assessment sessions")).hasCount(0);
    expect(link(page, "DASH risk indicators")).hasCount(0);
    assertAccessible();

    Response refused = page.navigate("/cases/" + reference + "/assessment/dash");
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void addASessionWithTheKeyboardAlone() {
    String reference = newCase();
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/assessment");

    tabTo(page, link(page, "Assessment sessions"));
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/sessions/new"));
    page.waitForLoadState();
    tabTo(page, field(page, "How long it took, in minutes"));
    page.keyboard().type("75");
    page.keyboard().press("Tab");
    assertThat(hasFocus(field(page, "An interpreter was there"))).isTrue();
    page.keyboard().press("Space");
    expect(field(page, "An interpreter was there")).isChecked();
    tabTo(page, button(page, "Save session"));
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/assessment"));
    page.waitForLoadState();

    expect(page.locator(".govuk-notification-banner")).containsText("Session added");
    expect(page.locator("#total-time")).containsText("75 minutes");
    assertAccessible();
  }

  /** Chooses a rating within a dynamic factor's group. */
  private void rate(String factor, String rating) {
    group(page, factor).getByLabel(rating).check();
  }

  /** The value beside a summary-list key on the current page. */
  private Locator summaryValue(String key) {
    return page.locator(".govuk-summary-list__row")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator(
                        ".govuk-summary-list__key",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(key))))
        .locator(".govuk-summary-list__value")
        .first();
  }

  /** A second signed-in person, in a browser context of their own. */
  private com.microsoft.playwright.Page browserContextFor(Role role) {
    com.microsoft.playwright.Page mine = page;
    com.microsoft.playwright.BrowserContext own =
        context
            .browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl()));
    page = own.newPage();
    signIn(role);
    com.microsoft.playwright.Page theirs = page;
    page = mine;
    return theirs;
  }
}
