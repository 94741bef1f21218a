package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;

/**
 * The manager sets up a rolling group, getting it wrong first; the perpetrator worker gives a man a
 * place in it from his case, sees the sessions he still needs and the wait to his intake, and later
 * suspends him with a reason.
 */
class GroupsJourneyTest extends BrowserTest {

  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  @Test
  void aManagerSetsUpAGroupAndAWorkerGivesAManAPlaceThenSuspendsHim() {
    String reference = newCase(area);
    String name = TestData.marker("Thursday evening group ");
    LocalDate firstSession = clock.today().plusDays(10);

    // The manager sets up the group, forgetting its name and typing the time wrongly at first.
    signIn(Role.SERVICE_MANAGER);
    follow(link(page, "Groups"));
    expect(page.locator("h1")).hasText("Groups");
    assertAccessible();
    follow(button(page, "Set up a group"));
    expect(page.locator("h1")).hasText("Set up a group");
    expect(field(page, "Capacity")).hasValue("12");
    expect(field(page, "Weeks between intakes")).hasValue("6");
    expect(field(page, "Absence limit")).hasValue("3");
    assertAccessible();

    field(page, "Area").selectOption(new SelectOption().setLabel(areaLabel()));
    Locator first = group(page, "Date of the first session");
    fillDate(first, firstSession);
    field(page, "Start time").fill("half six");
    field(page, "Venue (optional)").fill("Invented Community Hall, Room 2");
    field(page, "Facilitators (optional)").fill("Invented Sam Ashdown and Invented Ruth Fell");
    follow(button(page, "Set up the group"));

    expect(page).hasTitle("Error: Set up a group – Tandem");
    Locator problems = errorSummary(page).getByRole(AriaRole.LINK);
    expect(problems).hasCount(2);
    expect(problems.nth(0)).hasText("Enter a name for the group");
    expect(problems.nth(1))
        .hasText("Enter the start time in hours and minutes on the 24-hour clock, like 18:30");
    expect(page.locator(".govuk-form-group--error")).hasCount(2);
    expect(errorOf(field(page, "Name"))).containsText("Enter a name for the group");
    expect(errorOf(field(page, "Start time"))).containsText("24-hour clock");
    expect(field(page, "Start time")).hasValue("half six");
    expect(field(page, "Area").locator("option:checked")).hasText(areaLabel());
    expect(field(first, "Day")).hasValue(String.valueOf(firstSession.getDayOfMonth()));
    expect(field(first, "Month")).hasValue(String.valueOf(firstSession.getMonthValue()));
    expect(field(first, "Year")).hasValue(String.valueOf(firstSession.getYear()));
    expect(field(page, "Venue (optional)")).hasValue("Invented Community Hall, Room 2");
    expect(field(page, "Facilitators (optional)"))
        .hasValue("Invented Sam Ashdown and Invented Ruth Fell");
    assertAccessible();

    problems.nth(0).click();
    expect(field(page, "Name")).isFocused();
    field(page, "Name").fill(name);
    field(page, "Start time").fill("18:30");
    follow(button(page, "Set up the group"));

    expect(page.locator("h1")).containsText(name);
    expect(page.locator(".govuk-notification-banner")).containsText("Group set up");
    expect(page.locator("#capacity")).hasText("12 men: 0 attending, 0 waiting, 12 places free");
    expect(page.locator("#next-intake")).containsText("in 10 days");
    expect(page.locator("main")).containsText("No men hold a place in this group.");
    expect(page.locator("#curriculum-sessions tbody tr")).hasCount(32);
    expect(page.locator("#curriculum-sessions tbody tr").first())
        .containsText("Ground rules, the group's purpose and what safety means");
    assertAccessible();
    String groupPath = page.url().substring(page.url().indexOf("/groups/"));

    follow(link(page, "Groups"));
    Locator listed = rowsWith(page, name);
    expect(listed).hasCount(1);
    expect(listed).containsText(area.code());
    expect(listed).containsText("18:30");
    expect(listed).containsText("Invented Community Hall, Room 2");
    expect(listed).containsText(firstSession.format(SHORT));
    expect(listed).containsText("in 10 days");
    assertAccessible();

    // The perpetrator worker gives him a place from his case.
    signOut(page);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/cases/" + reference);
    follow(link(page, "Programme"));
    expect(page.locator("h1")).hasText("Programme");
    expect(page.locator("main")).containsText("He has no place on the programme.");
    assertAccessible();

    follow(button(page, "Give him a place"));
    expect(page).hasTitle("Error: Programme – " + reference + " – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Select a group");
    expect(errorOf(field(page, "Group"))).containsText("Select a group");
    assertAccessible();

    field(page, "Group")
        .selectOption(
            new SelectOption()
                .setLabel(
                    name + ": next intake " + firstSession.format(SHORT) + ", 12 places free"));
    field(page, "He needs an interpreter").check();
    follow(button(page, "Give him a place"));

    // No place before a viability decision of suitable; what was chosen stays chosen.
    expect(errorSummary(page)).containsText("He needs a treatment-viability decision of suitable");
    expect(field(page, "He needs an interpreter")).isChecked();
    assertAccessible();
    foundSuitable(area.token(Role.PERPETRATOR_WORKER), reference);
    follow(button(page, "Give him a place"));

    expect(page.locator(".govuk-notification-banner")).containsText("Place given");
    expect(link(page, name)).hasCount(1);
    Locator place = page.locator(".govuk-summary-card");
    expect(place).hasCount(1);
    expect(place).containsText("Waiting");
    expect(place).containsText("Accepted for " + name);
    expect(place.locator("[id^=intake-]"))
        .hasText(
            firstSession.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                + ": 10 days to wait");
    expect(place).containsText("Needed");
    expect(place.locator("[id^=hours-]")).hasText("0 hours of 60 hours");
    expect(place).containsText("None yet.");
    Locator needed =
        page.getByRole(
            AriaRole.TABLE,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sessions still needed"));
    expect(needed.locator("tbody tr")).hasCount(32);
    expect(needed.locator("tbody tr").first()).containsText("1");
    expect(needed.locator("tbody tr").first())
        .containsText("Ground rules, the group's purpose and what safety means");
    expect(needed.locator("tbody tr").last()).containsText("Ending well: completion");
    expect(button(page, "Give him a place")).hasCount(0);
    assertAccessible();

    // He starts, and the worker records it.
    Locator status = group(page, "What is his new status?");
    expect(status.getByRole(AriaRole.RADIO)).hasCount(2);
    field(status, "Attending").check();
    field(page, "Reason").fill("Invented: came to his first session");
    follow(button(page, "Change his status"));
    expect(page.locator(".govuk-notification-banner")).containsText("His status is changed");
    expect(place).containsText("Attending");
    expect(place.locator("[id^=intake-]")).not().containsText("to wait");
    assertAccessible();

    // Later he is suspended: the worker forgets the reason at first.
    status = group(page, "What is his new status?");
    field(status, "Suspended").check();
    follow(button(page, "Change his status"));
    expect(page).hasTitle("Error: Programme – " + reference + " – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Give the reason for the change");
    expect(errorOf(field(page, "Reason"))).containsText("Give the reason for the change");
    expect(field(group(page, "What is his new status?"), "Suspended")).isChecked();
    assertAccessible();

    errorSummary(page).getByText("Give the reason for the change").click();
    expect(field(page, "Reason")).isFocused();
    field(page, "Reason").fill("Invented: arrested, bail conditions keep him away");
    follow(button(page, "Change his status"));
    expect(page.locator(".govuk-notification-banner")).containsText("His status is changed");
    expect(place).containsText("Suspended");
    expect(place).containsText("Invented: arrested, bail conditions keep him away");
    assertAccessible();

    // The group shows him, suspended, still holding his place.
    follow(link(page, name));
    expect(page).hasURL(baseUrl() + groupPath);
    expect(page.locator("#capacity")).hasText("12 men: 1 attending, 0 waiting, 11 places free");
    Locator him = rowsWith(page, reference);
    expect(him).hasCount(1);
    expect(him).containsText("Suspended");
    expect(him).containsText("0 hours of 60 hours");
    expect(him).containsText("Standard");
    assertAccessible();

    // Every change was put on the family's timeline for partner support to act on.
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM risk_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.reference = :r AND e.kind = 'PROGRAMME_STATUS'
                    """)
                .param("r", reference)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  /** How the area is offered in the form's list. */
  private String areaLabel() {
    return area.area().name() + " (" + area.code() + ")";
  }

  private static void fillDate(Locator group, LocalDate date) {
    field(group, "Day").fill(String.valueOf(date.getDayOfMonth()));
    field(group, "Month").fill(String.valueOf(date.getMonthValue()));
    field(group, "Year").fill(String.valueOf(date.getYear()));
  }

  /** The error message shown beside a field. */
  private Locator errorOf(Locator field) {
    return page.locator(".govuk-form-group--error")
        .filter(new Locator.FilterOptions().setHas(field))
        .locator(".govuk-error-message");
  }
}
