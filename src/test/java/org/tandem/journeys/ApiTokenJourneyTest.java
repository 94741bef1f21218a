package org.tandem.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * A worker makes a read-only API token for a system of her own, first giving it a last day that has
 * passed, and sees it listed with what it can do and until when.
 */
class ApiTokenJourneyTest extends BrowserTest {

  @Test
  void aWorkerMakesAReadOnlyTokenUntilADayOfHerChoosing() {
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/account");
    assertAccessible();

    page.getByLabel("Name for a new token").fill("Invented caseload dashboard");
    page.getByLabel("Read only").check();
    page.getByLabel("Until a date you choose").check();
    LocalDate yesterday = clock.today().minusDays(1);
    typeDate(yesterday);
    press("Create token");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("The last day the token works must be in the future");
    assertThat(page.getByLabel("Name for a new token")).hasValue("Invented caseload dashboard");
    assertThat(box("Day")).hasValue(String.valueOf(yesterday.getDayOfMonth()));
    assertAccessible();

    LocalDate lastDay = clock.today().plusDays(60);
    typeDate(lastDay);
    press("Create token");
    assertThat(page.locator("#new-token")).containsText("tdm_");
    Locator row =
        page.locator("tr", new Page.LocatorOptions().setHasText("Invented caseload dashboard"));
    assertThat(row).containsText("Read only");
    assertThat(row)
        .containsText(lastDay.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
    assertThat(row).containsText("Never");
    assertAccessible();
  }

  private void typeDate(LocalDate day) {
    box("Day").fill(String.valueOf(day.getDayOfMonth()));
    box("Month").fill(String.valueOf(day.getMonthValue()));
    box("Year").fill(String.valueOf(day.getYear()));
  }

  /** A box of the date, by its own label: the radios' hints also say "day". */
  private Locator box(String label) {
    return page.getByRole(
        AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
  }

  private void press(String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }
}
