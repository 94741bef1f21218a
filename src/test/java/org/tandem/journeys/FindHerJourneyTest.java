package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A partner-support worker looks for a woman who has rung in: she types part of the number first
 * and is told to enter the whole of it, keeping what she typed; with the whole number, typed as the
 * woman said it, she finds her and opens her record.
 */
class FindHerJourneyTest extends BrowserTest {

  @Test
  void aWorkerFindsAWomanByHerPhoneNumber() {
    Family family =
        newFamily(
            AReferral.in(area)
                .withPartner(
                    "Invented Linnet",
                    "Foxley",
                    "07700 900871",
                    "linnet.foxley@example.org",
                    "1 Imaginary Lane, Fictionton",
                    "Weekday mornings"));

    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate("/partner-support/tasks");
    follow(link(page, "Find a woman by her phone number, email address or name"));
    expect(page.locator("h1")).hasText("Find a woman");
    assertAccessible();

    field(page, "Her phone number").fill("900871");
    follow(button(page, "Find her"));
    expect(page).hasTitle("Error: Find a woman – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("Enter her whole phone number, like 07700 900123 or +44 7700 900123");
    expect(field(page, "Her phone number")).hasValue("900871");
    assertAccessible();

    errorSummary(page).getByRole(AriaRole.LINK).click();
    expect(field(page, "Her phone number")).isFocused();
    field(page, "Her phone number").fill("+44 7700 900 871");
    follow(button(page, "Find her"));
    expect(page.locator("h2.govuk-heading-m")).hasText("1 woman found");
    expect(page.locator("table")).containsText(family.reference());
    assertAccessible();

    follow(link(page, "Invented Linnet Foxley"));
    expect(page)
        .hasURL(
            java.util.regex.Pattern.compile(
                ".*/cases/" + family.reference() + "/partners/" + family.partner(0) + "$"));
  }
}
