package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.findRowOnAnyPage;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * Intake logs a referral through the page, mends a mistake, and the case goes on its way: partner
 * support sends her the letter and intake triages him onto the waiting list.
 */
class IntakeJourneyTest extends BrowserTest {

  private static final String HER_GIVEN_NAME = "Marisol";
  private static final String HER_FAMILY_NAME = "Thornbury";
  private static final String HER_PHONE = "07700 900412";
  private static final String HER_ADDRESS = "14 Larkspur Row, Fictionton";

  @Test
  void intakeLogsAReferralMendsAMistakeAndTheCaseMovesOn() {
    LocalDate referredOn = clock.today().minusDays(3);

    signIn(Role.INTAKE);
    assertAccessible();
    follow(link(page, "New referral"));
    expect(page.locator("h1")).hasText("New referral");
    assertAccessible();

    // Everything but his family name, and her phone number mistyped.
    field(page, "Children's services").check();
    field(page, "Referrer's name").fill("Robin Casefield");
    field(page, "Referrer's organisation (optional)").fill("Invented Children's Services");
    field(page, "Referrer's phone number").fill("07700 900401");
    Locator referralDate = group(page, "Date of the referral");
    field(referralDate, "Day").fill(String.valueOf(referredOn.getDayOfMonth()));
    field(referralDate, "Month").fill(String.valueOf(referredOn.getMonthValue()));
    field(referralDate, "Year").fill(String.valueOf(referredOn.getYear()));
    field(page, "Reason for the referral").fill("Invented: concerns raised at a school meeting");
    field(page, "Given name").fill("Dorian");
    field(page, "His phone number (optional)").fill("07700 900402");
    Locator partner = group(page, "Partner 1");
    field(partner, "Current partner").check();
    field(partner, "Her given name").fill(HER_GIVEN_NAME);
    field(partner, "Her family name (optional)").fill(HER_FAMILY_NAME);
    field(partner, "Her phone number (optional)").fill("not a phone");
    field(partner, "Her address (optional)").fill(HER_ADDRESS);
    field(page, "He has consented to information being shared").check();
    follow(button(page, "Save referral"));

    // The GOV.UK error summary, and each message beside its field.
    expect(page).hasTitle("Error: New referral – Tandem");
    expect(errorSummary(page)).containsText("There is a problem");
    expect(errorSummary(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK))
        .hasText(
            new String[] {"Enter his family name", "Enter her phone number, like 07700 900 982"});
    Locator familyName = field(page, "Family name");
    Locator herPhone = field(partner, "Her phone number (optional)");
    expect(formGroupOf(familyName)).containsText("Enter his family name");
    expect(formGroupOf(field(page, "Her phone number (optional)")))
        .containsText("Enter her phone number, like 07700 900 982");
    expect(familyName).hasAccessibleDescription("Error: Enter his family name");
    expect(herPhone).hasAccessibleDescription("Error: Enter her phone number, like 07700 900 982");
    expect(page.locator(".govuk-form-group--error")).hasCount(2);

    // Everything typed is still there.
    expect(field(page, "Children's services")).isChecked();
    expect(field(page, "Referrer's name")).hasValue("Robin Casefield");
    expect(field(page, "Referrer's phone number")).hasValue("07700 900401");
    expect(field(referralDate, "Day")).hasValue(String.valueOf(referredOn.getDayOfMonth()));
    expect(field(referralDate, "Year")).hasValue(String.valueOf(referredOn.getYear()));
    expect(field(page, "Reason for the referral"))
        .hasValue("Invented: concerns raised at a school meeting");
    expect(field(page, "Given name")).hasValue("Dorian");
    expect(field(page, "His phone number (optional)")).hasValue("07700 900402");
    expect(familyName).hasValue("");
    expect(field(partner, "Current partner")).isChecked();
    expect(field(partner, "Her given name")).hasValue(HER_GIVEN_NAME);
    expect(field(partner, "Her family name (optional)")).hasValue(HER_FAMILY_NAME);
    expect(herPhone).hasValue("not a phone");
    expect(field(partner, "Her address (optional)")).hasValue(HER_ADDRESS);
    expect(field(page, "He has consented to information being shared")).isChecked();
    assertAccessible();

    // The summary's link takes her to the box to mend.
    errorSummary(page).getByText("Enter his family name").click();
    expect(familyName).isFocused();
    familyName.fill("Ashcombe");
    herPhone.fill(HER_PHONE);
    follow(button(page, "Save referral"));

    // The new case, with its reference in the heading and her details behind the wall.
    expect(page.locator("h1")).containsText(Pattern.compile(area.code() + "-\\d{4}"));
    String reference = page.locator("h1 span").first().innerText().strip();
    assertThat(reference).matches(area.code() + "-\\d{4}");
    expect(page).hasTitle(reference + " – Tandem");
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Referral saved as " + reference);
    expect(page.locator("h1")).containsText("Awaiting triage");
    expect(page.locator("main")).containsText("Dorian Ashcombe");
    Locator wallNote = page.locator(".tandem-wall-note");
    expect(wallNote).containsText("1 recorded.");
    expect(wallNote).containsText("not shown to your role");
    assertIntakeCannotSeeHer();
    assertAccessible();

    // Partner support sees the letter to send her, and marks it done.
    signOut(page);
    assertAccessible();
    signIn(Role.PARTNER_SUPPORT_WORKER);
    assertAccessible();
    follow(link(page, "Partner support tasks"));
    expect(page.locator("h1")).hasText("Partner support tasks");
    Locator task = findRowOnAnyPage(page, reference);
    assertThat(task).as("a task for %s on the partner-support task list", reference).isNotNull();
    expect(task).containsText("Send the letter and information pack");
    expect(task).containsText(HER_GIVEN_NAME + " " + HER_FAMILY_NAME);
    expect(task).containsText("Current partner");
    assertAccessible();
    follow(task.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON));
    expect(page.locator("h1")).hasText("Partner support tasks");
    assertAccessible();
    assertThat(findRowOnAnyPage(page, reference))
        .as("the task for %s is gone once done", reference)
        .isNull();

    // Intake triages him as appropriate for assessment.
    signOut(page);
    signIn(Role.INTAKE);
    assertAccessible();
    follow(link(page, "Cases"));
    field(page, "Search by case reference or his name").fill(reference);
    follow(button(page, "Search"));
    assertAccessible();
    follow(link(page, reference));
    expect(page.locator("h1")).containsText("Awaiting triage");
    assertAccessible();
    follow(button(page, "Record triage"));
    expect(page.locator("h1")).hasText("Record triage");
    expect(page.locator(".govuk-caption-l")).hasText(reference);
    expect(link(page, "Back to the case")).hasAttribute("href", "/cases/" + reference);
    assertAccessible();
    field(page, "Appropriate for assessment").check();
    follow(button(page, "Save triage"));
    expect(page.locator(".govuk-notification-banner")).containsText("Triage recorded");
    expect(page.locator("h1")).containsText(reference);
    expect(page.locator("h1")).containsText("Awaiting assessment");
    expect(summaryValue("Outcome")).hasText("Appropriate for assessment");
    expect(summaryValue("Recorded by")).hasText(area.user(Role.INTAKE).displayName());
    assertIntakeCannotSeeHer();
    assertAccessible();

    // He is on the waiting list, three days after the referral.
    follow(link(page, "Waiting list"));
    expect(page.locator("h1")).hasText("Waiting list");
    assertAccessible();
    Locator waiting = findRowOnAnyPage(page, reference);
    assertThat(waiting).as("%s on the waiting list", reference).isNotNull();
    expect(waiting.locator("td"))
        .hasText(
            new Pattern[] {
              Pattern.compile("^" + reference + "$"),
              Pattern.compile("^Dorian Ashcombe$"),
              Pattern.compile(
                  "^" + referredOn.getDayOfMonth() + " [A-Z][a-z]+ " + referredOn.getYear() + "$"),
              Pattern.compile("^Awaiting assessment$"),
              Pattern.compile("^Not booked$"),
              Pattern.compile("^\\s*Standard\\s*$"),
              Pattern.compile("^3$")
            });
    assertThat(rowsWith(page, reference).count()).isEqualTo(1);
  }

  private void assertIntakeCannotSeeHer() {
    String shown = page.locator("body").innerText();
    assertThat(shown)
        .doesNotContain(HER_GIVEN_NAME)
        .doesNotContain(HER_FAMILY_NAME)
        .doesNotContain(HER_PHONE)
        .doesNotContain("Larkspur");
    assertThat(page.content()).doesNotContain(HER_GIVEN_NAME).doesNotContain(HER_PHONE);
  }

  private Locator summaryValue(String key) {
    return page.locator(".govuk-summary-list__row")
        .filter(
            new Locator.FilterOptions()
                .setHas(page.locator("dt").filter(new Locator.FilterOptions().setHasText(key))))
        .locator("dd");
  }

  /** The GOV.UK form group of a field found from the page: its label, hint, error and box. */
  private Locator formGroupOf(Locator field) {
    return page.locator(".govuk-form-group").filter(new Locator.FilterOptions().setHas(field));
  }
}
