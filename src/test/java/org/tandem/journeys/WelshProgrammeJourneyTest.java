package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * The programme, women's groups, appointments, reminders and clocks pages in Welsh: headings and
 * wording from the Welsh bundles, dates with Welsh month names, and each page passes the same axe
 * scan as in English. The language is chosen with {@code ?lang=cy}, as the switcher does; the
 * browser also asks for Welsh (Accept-Language), so these pages' own wording is proved whichever
 * way the language reaches them.
 */
class WelshProgrammeJourneyTest extends BrowserTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private void inWelsh() {
    context.setExtraHTTPHeaders(Map.of("Accept-Language", "cy"));
  }

  @Test
  void aManagerReadsTheGroupsAndSetsUpAGroupInWelsh() {
    signIn(Role.SERVICE_MANAGER);
    inWelsh();

    page.navigate("/groups?lang=cy");
    expect(page.locator("h1")).hasText("Grwpiau");
    assertAccessible();

    follow(button(page, "Sefydlu grŵp"));
    expect(page.locator("h1")).hasText("Sefydlu grŵp");
    expect(page.getByText("Dyddiad y sesiwn gyntaf")).isVisible();
    assertAccessible();

    page.navigate("/curricula?lang=cy");
    expect(page.locator("h1")).hasText("Cwricwla");
    assertAccessible();

    page.navigate("/clocks/breaches?lang=cy");
    expect(page.locator("h1")).hasText("Clociau wedi'u torri");
    assertAccessible();

    page.navigate("/reminders/templates?lang=cy");
    expect(page.locator("h1")).hasText("Nodiadau atgoffa am apwyntiadau");
    assertAccessible();
  }

  @Test
  void hisWorkerReadsHisProgrammeAppointmentsAndRemindersInWelsh() {
    String reference = newCase(area);
    signIn(Role.PERPETRATOR_WORKER);
    inWelsh();

    page.navigate("/cases/" + reference + "/programme?lang=cy");
    expect(page.locator("h1")).hasText("Rhaglen");
    expect(page.getByText("Does ganddo ddim lle ar y rhaglen.")).isVisible();
    assertAccessible();

    page.navigate("/appointments/calendar?lang=cy");
    String monday =
        clock
            .today()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .format(DateTimeFormatter.ofPattern("d MMMM yyyy", WELSH));
    expect(page.locator("h1")).containsText("Apwyntiadau yn wythnos " + monday);
    assertAccessible();

    page.navigate("/cases/" + reference + "/reminders?lang=cy");
    expect(page.locator("h1")).hasText("Nodiadau i'w atgoffa o'i apwyntiadau");
    assertAccessible();

    // A mistake is answered in Welsh beside its field, keeping what was chosen.
    page.getByLabel("Drwy e-bost").check();
    field(page, "Cymraeg").check();
    follow(button(page, "Cadw"));
    expect(errorSummary(page))
        .containsText("Rhowch ei gyfeiriad e-bost ar gyfer nodiadau atgoffa drwy e-bost");
    expect(field(page, "Cymraeg")).isChecked();
    assertAccessible();

    field(page, "Ei gyfeiriad e-bost").fill("invented.man@example.org");
    follow(button(page, "Cadw"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Dewis nodiadau atgoffa wedi'i gadw");
    expect(field(page, "Cymraeg")).isChecked();
  }

  @Test
  void partnerSupportReadsTheWomensGroupsInWelsh() {
    signIn(Role.PARTNER_SUPPORT_WORKER);
    inWelsh();

    page.navigate("/womens-groups?lang=cy");
    expect(page.locator("h1")).hasText("Grwpiau menywod");
    assertAccessible();

    follow(button(page, "Sefydlu grŵp menywod"));
    expect(page.locator("h1")).hasText("Sefydlu grŵp menywod");
    assertAccessible();
  }
}
