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
import static org.tandem.journeys.Journey.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.womensgroups.AWomensGroup;

/**
 * The partner-support worker sets up a women's group, getting it wrong first; adds a woman to it;
 * records a session with its register, partly by keyboard; and sees it on the group's page.
 */
class WomensGroupJourneyTest extends BrowserTest {

  @Test
  void partnerSupportSetsUpAWomensGroupAddsAWomanAndRecordsASession() {
    Woman woman = newWoman();
    String name = TestData.marker("Wednesday group ");
    LocalDate startsOn = clock.today().minusDays(14);
    String existing = area.area().name() + " women's group";
    AWomensGroup.in(area).named(existing).startingOn(clock.today().minusWeeks(4)).create(api());

    signIn(Role.PARTNER_SUPPORT_WORKER);
    follow(link(page, "Women’s groups"));
    expect(page.locator("h1")).hasText("Women’s groups");
    expect(rowsWith(page, existing)).hasCount(1);
    assertAccessible();

    follow(button(page, "Set up a women’s group"));
    expect(page.locator("h1")).hasText("Set up a women’s group");
    expect(field(page, "Area").locator("option:checked"))
        .hasText(area.area().name() + " (" + area.code() + ")");
    expect(field(page, "Capacity")).hasValue("12");
    assertAccessible();

    // She forgets the name and types the capacity in words.
    field(page, "Venue").fill("Invented Wellbeing Hub, 4 Pretend Parade, Fictionton");
    field(page, "When it meets").fill("Wednesdays 13:00 to 15:00");
    Locator date = group(page, "Date of the first meeting");
    field(date, "Day").fill(String.valueOf(startsOn.getDayOfMonth()));
    field(date, "Month").fill(String.valueOf(startsOn.getMonthValue()));
    field(date, "Year").fill(String.valueOf(startsOn.getYear()));
    field(page, "Capacity").fill("ten");
    follow(button(page, "Set up the group"));

    expect(page).hasTitle("Error: Set up a women’s group – Tandem");
    Locator problems = errorSummary(page).getByRole(AriaRole.LINK);
    expect(problems).hasCount(2);
    expect(problems.nth(0)).hasText("Enter a name for the group");
    expect(problems.nth(1))
        .hasText("How many women the group takes must be a whole number, like 12");
    expect(errorOf(field(page, "Name"))).containsText("Enter a name for the group");
    expect(errorOf(field(page, "Capacity"))).containsText("whole number");
    expect(field(page, "Capacity")).hasValue("ten");
    expect(field(page, "Venue")).hasValue("Invented Wellbeing Hub, 4 Pretend Parade, Fictionton");
    expect(field(page, "When it meets")).hasValue("Wednesdays 13:00 to 15:00");
    expect(field(date, "Day")).hasValue(String.valueOf(startsOn.getDayOfMonth()));
    assertAccessible();

    problems.nth(0).click();
    expect(field(page, "Name")).isFocused();
    page.keyboard().type(name);
    field(page, "Capacity").fill("10");
    follow(button(page, "Set up the group"));

    expect(page.locator("h1")).hasText(name);
    expect(page.locator(".govuk-notification-banner")).containsText("Women’s group set up");
    expect(page.locator("#venue")).hasText("Invented Wellbeing Hub, 4 Pretend Parade, Fictionton");
    expect(page.locator("#capacity")).hasText("10 women: 0 in the group, 10 places free");
    expect(page.locator("main")).containsText("No women are in this group yet.");
    assertAccessible();
    String groupUrl = page.url();

    // She adds the woman from the list of women in the area.
    follow(button(page, "Add a woman"));
    expect(page.locator("h1")).hasText("Add a woman to the group");
    assertAccessible();
    Locator row = Journey.findRowOnAnyPage(page, woman.reference());
    assertThat(row).as("the woman is on a page of those who could join").isNotNull();
    follow(row.getByRole(AriaRole.BUTTON));
    expect(page.locator(".govuk-notification-banner")).containsText("She is added to the group");
    Locator member = rowsWith(page, woman.reference());
    expect(member).hasCount(1);
    expect(member).containsText(woman.name());
    expect(member.getByRole(AriaRole.LINK)).hasAttribute("href", "/cases/" + woman.reference());
    expect(page.locator("#capacity")).hasText("10 women: 1 in the group, 9 places free");
    assertAccessible();

    // She records a session, at first with a date in the future.
    follow(button(page, "Record a session"));
    expect(page.locator("h1")).hasText("Record a session");
    assertAccessible();
    Locator held = group(page, "Date of the session");
    LocalDate tomorrow = clock.today().plusDays(1);
    field(held, "Day").fill(String.valueOf(tomorrow.getDayOfMonth()));
    field(held, "Month").fill(String.valueOf(tomorrow.getMonthValue()));
    field(held, "Year").fill(String.valueOf(tomorrow.getYear()));
    field(page, "Topic").fill("Invented topic: rebuilding confidence");
    Locator register = group(page, woman.name() + " (" + woman.reference() + ")");
    expect(field(register, "Attended")).isChecked();
    // By keyboard: Tab to her "Attended" radio and move to "Did not attend" with the arrow key.
    tabTo(page, field(register, "Attended"));
    page.keyboard().press("ArrowRight");
    expect(field(register, "Did not attend")).isChecked();
    page.keyboard().press("Tab");
    page.keyboard().type("Invented: at work");
    follow(button(page, "Save the session"));

    expect(page).hasTitle(Pattern.compile("^Error: Record a session"));
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("The date of the session must be today or in the past");
    expect(field(page, "Topic")).hasValue("Invented topic: rebuilding confidence");
    register = group(page, woman.name() + " (" + woman.reference() + ")");
    expect(field(register, "Did not attend")).isChecked();
    assertAccessible();

    LocalDate yesterday = clock.today().minusDays(1);
    held = group(page, "Date of the session");
    field(held, "Day").fill(String.valueOf(yesterday.getDayOfMonth()));
    field(held, "Month").fill(String.valueOf(yesterday.getMonthValue()));
    field(held, "Year").fill(String.valueOf(yesterday.getYear()));
    follow(button(page, "Save the session"));

    expect(page.locator(".govuk-notification-banner")).containsText("Session recorded");
    assertThat(page.url()).startsWith(groupUrl);
    Locator session = rowsWith(page, "Invented topic: rebuilding confidence");
    expect(session).hasCount(1);
    expect(session.locator("td").nth(0)).hasText("1");
    expect(session.locator("td").nth(3)).hasText("0");
    expect(session.locator("td").nth(4)).hasText("1");
    expect(rowsWith(page, woman.reference())).containsText("0 of 1");
    assertAccessible();

    // Opening the session shows the register as saved.
    follow(session.getByRole(AriaRole.LINK));
    expect(page.locator("h1")).hasText("Change a session 1");
    register = group(page, woman.name() + " (" + woman.reference() + ")");
    expect(field(register, "Did not attend")).isChecked();
    expect(page.getByLabel(Pattern.compile("^Reason she did not attend")))
        .hasValue("Invented: at work");
    assertAccessible();
  }

  record Woman(String reference, String name) {}

  private Woman newWoman() {
    String given = "Invented" + TestData.marker("").substring(3, 9);
    String reference =
        newCase(
            area,
            AReferral.in(area.id())
                .withPartner(
                    given,
                    "Journeyfield",
                    "07700 900004",
                    "inv@example.org",
                    "2 Imaginary Lane, Fictionton",
                    "Weekday mornings"));
    return new Woman(reference, given + " Journeyfield");
  }

  /** The error message shown beside a field. */
  private Locator errorOf(Locator field) {
    return page.locator(".govuk-form-group--error")
        .filter(new Locator.FilterOptions().setHas(field))
        .locator(".govuk-error-message");
  }
}
