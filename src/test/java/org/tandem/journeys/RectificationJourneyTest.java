package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * Rectification from the pages: intake corrects his phone number, forgetting the reason at first,
 * and his case shows the correction with the number it replaced; partner support corrects her
 * address in the same way, and her record shows it. Both forms are scanned with axe, with and
 * without their problems.
 */
class RectificationJourneyTest extends BrowserTest {

  @Test
  void intakeCorrectsHisDetailsAndPartnerSupportCorrectsHers() {
    Family family = newFamily(area);

    signIn(Role.INTAKE);
    page.navigate("/cases/" + family.reference());
    follow(link(page, "Correct his details"));
    expect(page.locator("h1")).hasText("Correct his details");
    expect(field(page, "Phone number (optional)")).hasValue("07700 900002");
    assertAccessible();

    field(page, "Phone number (optional)").fill("07700 900555");
    follow(button(page, "Save the correction"));
    expect(page).hasTitle("Error: Correct his details – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("Enter why his details are being corrected");
    expect(field(page, "Phone number (optional)")).hasValue("07700 900555");
    assertAccessible();

    errorSummary(page).getByText("Enter why his details are being corrected").click();
    expect(field(page, "Why are the details being corrected?")).isFocused();
    page.keyboard().type("Invented: he has a new phone");
    follow(button(page, "Save the correction"));

    expect(page.locator(".govuk-notification-banner")).containsText("His details corrected");
    expect(rowsWith(page, "Invented: he has a new phone")).hasCount(1);
    expect(rowsWith(page, "Invented: he has a new phone")).containsText("07700 900002");
    expect(rowsWith(page, "Invented: he has a new phone")).containsText("07700 900555");
    assertAccessible();

    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate("/cases/" + family.reference() + "/partners/" + family.partner(0));
    follow(link(page, "Correct her details"));
    expect(page.locator("h1")).hasText("Correct her details");
    expect(field(page, "Her address (optional)")).hasValue("1 Imaginary Lane, Fictionton");
    assertAccessible();

    field(page, "Her address (optional)").fill("8 Invented Gardens, Fictionton");
    field(page, "Her email address (optional)").fill("not an email");
    follow(button(page, "Save the correction"));
    expect(page).hasTitle("Error: Correct her details – Tandem");
    expect(field(page, "Her address (optional)")).hasValue("8 Invented Gardens, Fictionton");
    assertAccessible();

    field(page, "Her email address (optional)").fill("jo@example.org");
    field(page, "Why are the details being corrected?").fill("Invented: she has moved");
    follow(button(page, "Save the correction"));
    expect(page.locator(".govuk-notification-banner")).containsText("Her details corrected");
    expect(rowsWith(page, "Invented: she has moved")).containsText("1 Imaginary Lane, Fictionton");
    expect(rowsWith(page, "Invented: she has moved"))
        .containsText("8 Invented Gardens, Fictionton");
  }
}
