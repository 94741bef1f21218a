package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.access.Role;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportFixture;

/**
 * The assessment page is a task list: each part of the assessment with how far it has got, which
 * follows what the worker records.
 */
class AssessmentTaskListJourneyTest extends CaseJourneyTest {

  @Autowired Assessments assessments;
  @Autowired UserDetailsService users;

  @Test
  void eachPartsStatusFollowsTheAssessmentFromNotStartedToCompleted() {
    String reference = newCase();
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/assessment");
    page.waitForLoadState();

    expect(page.locator("h1")).hasText("Assessment");
    expect(status("Assessment sessions")).hasText("Not started");
    expect(status("History and dynamic factors")).hasText("Not started");
    expect(status("DASH risk indicators")).hasText("Not started");
    expect(status("Treatment-viability decision")).hasText("Not started");
    // Nothing to draw the report from yet: no way in, and why.
    expect(status("Risk identification report")).hasText("Cannot start yet");
    expect(link(page, "Risk identification report")).hasCount(0);
    expect(task("Risk identification report")).containsText("record a part of it first");
    // The status is read out with the task's name.
    expect(link(page, "DASH risk indicators")).hasAccessibleDescription("Not started");
    assertAccessible();

    follow(link(page, "Assessment sessions"));
    expect(page.locator("h1")).hasText("Add an assessment session");
    field(page, "How long it took, in minutes").fill("60");
    follow(button(page, "Save session"));
    expect(status("Assessment sessions")).hasText("In progress");
    expect(status("Risk identification report")).hasText("Not started");
    expect(link(page, "Risk identification report")).isVisible();
    assertAccessible();

    // Part of his history: in progress until the evidence and every factor are in.
    follow(link(page, "History and dynamic factors"));
    field(page, "There were incidents, but how many is unclear").check();
    follow(button(page, "Save history and dynamic factors"));
    expect(status("History and dynamic factors")).hasText("In progress");
    expect(status("DASH risk indicators")).hasText("Not started");

    // The rest of the assessment, to the viability decision, which ends the sessions.
    RiskReportFixture.recordAssessment(
        assessments, users, reference, area.user(Role.PERPETRATOR_WORKER).username());
    page.reload();
    page.waitForLoadState();
    expect(status("Assessment sessions")).hasText("Completed");
    expect(status("History and dynamic factors")).hasText("Completed");
    expect(status("DASH risk indicators")).hasText("Completed");
    expect(status("Treatment-viability decision")).hasText("Completed");
    expect(status("Risk identification report")).hasText("Not started");
    // Completed reads as plain words; only what is still to do is tagged.
    expect(task("Treatment-viability decision").locator(".govuk-tag")).hasCount(0);
    assertAccessible();

    follow(link(page, "Risk identification report"));
    follow(button(page, "Produce a risk identification report"));
    field(page, "Recommendation on contact with the children").fill("Invented: supervised only");
    field(page, "Recommendation on supervision").fill("Invented: monthly");
    field(page, "Recommendation on programme attendance").fill("Invented: not now");
    field(page, "Time spent on the report, in minutes").fill("45");
    follow(button(page, "Produce the report"));
    expect(page.locator("h1")).hasText("Risk identification report");

    page.navigate("/cases/" + reference + "/assessment");
    page.waitForLoadState();
    expect(status("Risk identification report")).hasText("Completed");
    expect(page.locator("#assessment-tasks .govuk-task-list__status"))
        .hasText(new String[] {"Completed", "Completed", "Completed", "Completed", "Completed"});
    assertAccessible();
  }

  private Locator task(String name) {
    return page.locator("#assessment-tasks .govuk-task-list__item")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator(
                        ".govuk-task-list__name-and-hint",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))));
  }

  private Locator status(String name) {
    return task(name).locator(".govuk-task-list__status");
  }
}
