package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;

/**
 * Intake types a referral for a man already known, is shown his earlier case before anything is
 * saved, forgets to answer, then links the new referral to it as a repeat referral.
 */
class RepeatReferralJourneyTest extends BrowserTest {

  @Test
  void intakeIsShownTheManAlreadyKnownAndLinksTheRepeatReferral() {
    String known =
        newCase(
            area,
            AReferral.in(area)
                .with("manGivenName", "Ambrose")
                .with("manFamilyName", "Quillfeather")
                .with("manPhone", "07700 900613")
                .bornOn(LocalDate.of(1983, 2, 17)));
    LocalDate referredOn = clock.today().minusDays(1);

    signIn(Role.INTAKE);
    follow(link(page, "New referral"));
    field(page, "Police").check();
    field(page, "Referrer's name").fill("Robin Casefield");
    field(page, "Referrer's phone number").fill("07700 900401");
    Locator referralDate = group(page, "Date of the referral");
    field(referralDate, "Day").fill(String.valueOf(referredOn.getDayOfMonth()));
    field(referralDate, "Month").fill(String.valueOf(referredOn.getMonthValue()));
    field(referralDate, "Year").fill(String.valueOf(referredOn.getYear()));
    field(page, "Reason for the referral").fill("Invented: a further incident reported");
    field(page, "Given name").fill("Ambrose");
    field(page, "Family name").fill("Quilfeather");
    field(page, "His phone number (optional)").fill("+44 7700 900613");
    Locator partner = group(page, "Partner 1");
    field(partner, "Current partner").check();
    field(partner, "Her given name").fill("Invented");
    field(page, "He has consented to information being shared").check();
    follow(button(page, "Save referral"));

    // The man already known, with his case's status, before anything is saved.
    expect(page.locator("h1")).hasText("He may already be known");
    Locator match = page.locator("#matches tbody tr");
    expect(match).hasCount(1);
    expect(match).containsText(known);
    expect(match).containsText("Ambrose Quillfeather");
    expect(match).containsText("17 February 1983");
    expect(match).containsText("Awaiting triage");
    expect(match).containsText("name, phone");
    expect(match).containsText("Likely");
    assertAccessible();

    // Saving without an answer asks for one, beside the question.
    follow(button(page, "Save referral"));
    expect(page).hasTitle("Error: He may already be known – Tandem");
    expect(errorSummary(page)).containsText("Select whether he is one of these men");
    assertAccessible();
    errorSummary(page).getByText("Select whether he is one of these men").click();
    Locator sameMan =
        field(
            page,
            "This is the same man: link the new referral to " + known + " as a repeat referral");
    expect(sameMan).isFocused();
    page.keyboard().press("Space");
    expect(sameMan).isChecked();
    follow(button(page, "Save referral"));

    // The new case says it repeats the earlier one, and links to it.
    expect(page.locator(".govuk-notification-banner")).containsText("Referral saved as");
    String reference = page.locator("h1 span").first().innerText().strip();
    assertThat(reference).isNotEqualTo(known);
    Locator sameManRow = page.locator("#same-man");
    expect(sameManRow).containsText("Repeat referral: earlier case " + known);
    assertAccessible();
    follow(sameManRow.getByRole(com.microsoft.playwright.options.AriaRole.LINK));
    expect(page.locator("h1")).containsText(known);
    expect(page.locator("#same-man")).containsText("Referred again: " + reference);
    assertAccessible();
  }

  @Test
  void aReferralFromTheApiIsCheckedForTheSameManFromItsCasePage() {
    String earlier = newCase(area, AReferral.in(area).with("manFamilyName", "Brackenbury"));
    String unchecked = newCase(area, AReferral.in(area).with("manFamilyName", "Brackenbury"));

    signIn(Role.INTAKE);
    page.navigate(baseUrl() + "/cases/" + unchecked);
    follow(link(page, "Look for the same man"));
    expect(page.locator("h1")).hasText("Is he already known?");
    expect(page.locator("#matches tbody tr")).hasCount(1);
    expect(page.locator("#matches")).containsText(earlier);
    assertAccessible();

    field(page, "None of these: he is someone else").check();
    follow(button(page, "Save"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Recorded whether he is the same man");
    expect(page.locator("#same-man"))
        .containsText("Checked for the same man: the possible matches were someone else");
    assertAccessible();
  }
}
