package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.findRowOnAnyPage;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.programme.ACurriculum;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * One man from referral to the end of the programme and the closure of his case, each step taken by
 * the worker whose step it is. After every step his case page shows where he stands, the waiting
 * list has him only while he waits, and the quarter's funnel counts him where he is. Five other men
 * of the quarter have been through the programme already, so that every figure he moves goes from 5
 * to 6 and none is withheld as fewer than five.
 */
class OneMansJourneyTest extends BrowserTest {

  @Test
  void heMovesFromReferralToClosureAndEveryListAndFigureFollowsHim() {
    LocalDate today = clock.today();
    long curriculum = ACurriculum.ofSessions(4).create(api(), area);
    // Meets on today's weekday, with an intake every week: today is an intake.
    ProgrammeGroup group =
        AGroup.in(area)
            .named("Invented Wednesday group")
            .firstMeetingOn(today.minusWeeks(8))
            .intakeEveryWeeks(1)
            .runs(curriculum)
            .create(api());
    for (int i = 0; i < 5; i++) {
      Family other = newFamily(AReferral.in(area).referredOn(today.minusWeeks(8).minusDays(2)));
      clock.at(
          today.minusWeeks(8).minusDays(1).atTime(LocalTime.NOON), () -> other.appropriate(null));
      group.place(other).attended(1).status("COMPLETED");
    }
    Family him = newFamily(AReferral.in(area).referredOn(today.minusDays(3)));
    String reference = him.reference();

    // Referred: awaiting triage, on the waiting list, counted as referred only.
    signIn(Role.SERVICE_MANAGER);
    expectStatus(reference, "Awaiting triage");
    expectOnTheWaitingList(reference, true);
    expectFunnel("Referred", "6");
    expectFunnel("Appropriate for assessment", "5");

    // Intake triages him.
    signOut(page);
    signIn(Role.INTAKE);
    page.navigate("/cases/" + reference);
    follow(button(page, "Record triage"));
    field(page, "Appropriate for assessment").check();
    follow(button(page, "Save triage"));
    expect(page.locator("h1 .govuk-tag")).hasText("Awaiting assessment");
    assertAccessible();

    signOut(page);
    signIn(Role.SERVICE_MANAGER);
    expectOnTheWaitingList(reference, true);
    expectFunnel("Appropriate for assessment", "6");
    expectFunnel("Assessed", "5");

    // His worker decides he is suitable for the group.
    signOut(page);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/assessment/viability");
    field(page, "Suitable for the group programme").check();
    field(page, "No reason needed for this decision").check();
    field(page, "Your reasons for the decision").fill("Invented: wants to change");
    follow(button(page, "Save decision"));
    expectStatus(reference, "Assessed: suitable");

    signOut(page);
    signIn(Role.SERVICE_MANAGER);
    expectOnTheWaitingList(reference, false);
    expectFunnel("Assessed", "6");
    expectFunnel("Awaiting assessment", "0");

    // A place in the group, then his first session: he is in the programme.
    signOut(page);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/programme");
    field(page, "Group").selectOption(new SelectOption().setIndex(1));
    follow(button(page, "Give him a place"));
    expect(page.locator(".govuk-notification-banner")).containsText("Place given");
    expectStatus(reference, "Waiting for a group");
    long place =
        api()
            .read(area.token(Role.PERPETRATOR_WORKER), him.path() + "/programme")
            .get(0)
            .get("enrolmentId")
            .asLong();
    api()
        .created(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/groups/" + group.id() + "/sessions",
            """
            {"heldOn": "%s", "curriculumSessionId": %d, "facilitators": "Invented facilitators",
             "marks": [{"enrolmentId": %d, "mark": "ATTENDED", "disclosed": false,
                        "blame": 2, "minimisation": 2, "denial": 1}]}
            """
                .formatted(today, group.curriculumSessionIds().get(0), place));
    expectStatus(reference, "In the programme");

    signOut(page);
    signIn(Role.SERVICE_MANAGER);
    expectFunnel("Entered the programme", "6");
    expectFunnel("Still engaged", "<5");

    // He completes the programme.
    signOut(page);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference + "/programme");
    field(group(page, "What is his new status?"), "Completed").check();
    field(page, "Reason").fill("Invented: completed every session he needed");
    follow(button(page, "Change his status"));
    expectStatus(reference, "Completed the programme");

    signOut(page);
    signIn(Role.SERVICE_MANAGER);
    expectFunnel("Completed 60 hours or more", "6");
    expectFunnel("Still engaged", "0");

    // His worker closes the case: the figures he reached stay his.
    signOut(page);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference);
    follow(link(page, "Close the case"));
    page.getByLabel("He completed the work").check();
    field(page, "Day").fill(String.valueOf(today.getDayOfMonth()));
    field(page, "Month").fill(String.valueOf(today.getMonthValue()));
    field(page, "Year").fill(String.valueOf(today.getYear()));
    follow(button(page, "Close the case"));
    expect(page.locator("h1 .govuk-tag")).hasText("Closed");
    page.locator("#journey summary").click();
    for (String step :
        new String[] {
          "Awaiting triage",
          "Awaiting assessment",
          "Assessed: suitable",
          "Waiting for a group",
          "In the programme",
          "Completed the programme",
          "Closed"
        }) {
      expect(page.locator("#journey")).containsText(step);
    }
    assertAccessible();

    signOut(page);
    signIn(Role.SERVICE_MANAGER);
    expectOnTheWaitingList(reference, false);
    expectFunnel("Entered the programme", "6");
    expectFunnel("Completed 60 hours or more", "6");
  }

  private void expectStatus(String reference, String status) {
    page.navigate("/cases/" + reference);
    expect(page.locator("h1 .govuk-tag")).hasText(status);
  }

  private void expectOnTheWaitingList(String reference, boolean waiting) {
    page.navigate("/waiting-list");
    expect(page.locator("h1")).hasText("Waiting list");
    Locator row = findRowOnAnyPage(page, reference);
    assertThat(row != null).as("%s on the waiting list", reference).isEqualTo(waiting);
  }

  private void expectFunnel(String line, String value) {
    ReportPeriod quarter = ReportPeriod.quarterOf(clock.today());
    page.navigate("/outcomes/area-report?area=" + area.code() + "&quarter=" + quarter.code());
    Locator row =
        page.locator("#funnel-table tbody tr")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.getByRole(
                            AriaRole.ROWHEADER,
                            new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName(line)
                                .setExact(true))));
    expect(row.locator("td").first()).hasText(value);
  }
}
