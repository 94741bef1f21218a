package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;

/**
 * Consent as a gate (issue 17's first journey): a partner-support worker is refused a referral on
 * to a refuge with no basis, and on a consent she never gave; records her consent to referrals to
 * refuges with its expiry, and the referral goes, marked with the consent it rests on. She
 * withdraws it; the referral already made stays, marked as made under a consent since withdrawn,
 * and the next referral on relying on it is refused, saying when she withdrew it, with what was
 * typed kept. Every page is scanned by axe.
 */
class ConsentJourneyTest extends BrowserTest {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Test
  void refusedWithoutABasisGoesOnHerConsentAndIsRefusedOnceSheWithdrawsIt() {
    String reference = newCase(area, AReferral.in(area.id()).withPartner("Wren", "Testington"));
    long partnerId =
        jdbc.sql(
                "SELECT p.id FROM partner p JOIN referral r ON r.id = p.referral_id"
                    + " WHERE r.reference = :r")
            .param("r", reference)
            .query(Long.class)
            .single();
    String herRecord = "/cases/" + reference + "/partners/" + partnerId;
    LocalDate today = clock.today();

    signIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    page.navigate(herRecord);
    expect(page.locator("#her-consents")).containsText("No consent recorded.");
    assertAccessible();

    // No basis: refused beside the basis, keeping what was typed.
    follow(link(page, "Record a referral on"));
    fillReferral(today);
    follow(button(page, "Save the referral"));
    expect(page).hasTitle("Error: Record a referral on – Tandem");
    expect(errorSummary(page)).containsText("Select the lawful basis for sharing this");
    expect(field(page, "Refuge")).isChecked();
    expect(field(page, "Detail (optional)")).hasValue("Invented Larkspur refuge");
    assertAccessible();

    // Her consent, when she has given none: refused, saying so.
    field(page, "Consent").check();
    follow(button(page, "Save the referral"));
    expect(errorSummary(page)).containsText("She has not consented to referrals to refuges");
    expect(page.locator("#basis-error")).containsText("She has not consented");
    expect(field(page, "Consent")).isChecked();
    assertAccessible();

    // She consents to referrals to refuges, for six months.
    page.navigate(herRecord);
    follow(link(page, "Record her consent"));
    expect(page.locator("h1")).hasText("Record her consent");
    assertAccessible();
    follow(button(page, "Save the consent"));
    expect(errorSummary(page)).containsText("Select what the consent covers");
    expect(errorSummary(page)).containsText("Enter the date the consent was given");
    assertAccessible();
    field(page, "Refuges").check();
    fillDate(group(page, "Date the consent was given"), today);
    fillDate(group(page, "Date the consent expires"), today.plusMonths(6));
    follow(button(page, "Save the consent"));
    expect(page.locator(".govuk-notification-banner")).containsText("Consent recorded");
    Locator consent = page.locator("#her-consents tbody tr");
    expect(consent).hasCount(1);
    expect(consent).containsText("Refuges");
    expect(consent).containsText("Stands");
    assertAccessible();

    // Now the referral goes, on her consent.
    follow(link(page, "Record a referral on"));
    fillReferral(today);
    field(page, "Consent").check();
    follow(button(page, "Save the referral"));
    expect(page.locator(".govuk-notification-banner")).containsText("Referral on recorded");
    expect(page.locator(".tandem-basis")).hasText("Shared on her consent of " + DAY.format(today));
    assertAccessible();

    // She withdraws it by phone.
    follow(
        page.locator("#her-consents a")
            .filter(new Locator.FilterOptions().setHasText("Record withdrawal")));
    expect(page.locator("h1")).hasText("Record a withdrawal of consent");
    assertAccessible();
    follow(button(page, "Save the withdrawal"));
    expect(errorSummary(page)).containsText("Select how the consent was withdrawn");
    assertAccessible();
    fillDate(group(page, "Date the consent was withdrawn"), today);
    field(page, "By phone").check();
    follow(button(page, "Save the withdrawal"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Withdrawal of consent recorded");
    expect(consent).containsText("Withdrawn on " + DAY.format(today) + ", By phone");
    expect(page.locator(".tandem-basis"))
        .hasText(
            "Shared on her consent of "
                + DAY.format(today)
                + ", since withdrawn on "
                + DAY.format(today));
    expect(page.locator("#her-consents")).not().containsText("Record withdrawal");
    assertAccessible();

    // The next referral on relying on it is refused, saying why.
    follow(link(page, "Record a referral on"));
    fillReferral(today);
    field(page, "Consent").check();
    follow(button(page, "Save the referral"));
    expect(errorSummary(page))
        .containsText("Her consent to referrals to refuges was withdrawn on " + DAY.format(today));
    expect(field(page, "Detail (optional)")).hasValue("Invented Larkspur refuge");
    assertAccessible();
    page.navigate(herRecord);
    expect(page.locator(".tandem-basis")).hasCount(1);
  }

  private void fillReferral(LocalDate on) {
    field(page, "Refuge").check();
    fillDate(group(page, "Date of the referral"), on);
    field(page, "Detail (optional)").fill("Invented Larkspur refuge");
  }

  private static void fillDate(Locator group, LocalDate date) {
    field(group, "Day").fill(String.valueOf(date.getDayOfMonth()));
    field(group, "Month").fill(String.valueOf(date.getMonthValue()));
    field(group, "Year").fill(String.valueOf(date.getYear()));
  }
}
