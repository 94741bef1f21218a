package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A manager prepares the man's subject access bundle from his case: leaves out who asked and sees
 * the problem beside the field with what was typed kept, corrects it, reviews the bundle's contents
 * and the restricted note withheld, releases it, and sees it recorded on the case's list.
 */
class SubjectAccessJourneyTest extends BrowserTest {

  @Test
  void aManagerPreparesTheMansBundleAndReleasesIt() throws Exception {
    Family man = newFamily(AReferral.in(area));
    jdbc.sql(
            """
            INSERT INTO case_note (referral_id, kind, happened_on, body, restricted, recorded_by,
              recorded_at)
            SELECT id, 'SUPERVISION', :day, 'Invented: restricted supervision note', true,
              'invented.supervisor', now() FROM referral WHERE reference = :r
            """)
        .param("day", clock.today().minusDays(1))
        .param("r", man.reference())
        .update();

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/cases/" + man.reference());
    follow(link(page, "Subject access"));
    expect(page.locator("h1")).hasText("Subject access");
    expect(page.getByText("No disclosures yet.")).isVisible();
    assertAccessible();

    page.getByLabel("The man referred").check();
    page.getByLabel("The person themself").check();
    field(page, "Day").fill(String.valueOf(clock.today().getDayOfMonth()));
    field(page, "Month").fill(String.valueOf(clock.today().getMonthValue()));
    field(page, "Year").fill("20x6");
    follow(button(page, "Prepare the disclosure"));

    expect(errorSummary(page)).containsText("Describe who made the request");
    expect(errorSummary(page)).containsText("The date received must be a real date");
    expect(field(page, "Year")).hasValue("20x6");
    expect(page.getByLabel("The man referred")).isChecked();
    assertAccessible();

    field(page, "Year").fill(String.valueOf(clock.today().getYear()));
    field(page, "Describe the requester").fill("Invented: by letter from his solicitor");
    follow(button(page, "Prepare the disclosure"));

    expect(page.locator("h1")).hasText("Subject access disclosure");
    expect(page.locator(".govuk-summary-list")).containsText("Not yet released");
    expect(page.locator("table").first()).containsText("Case notes");
    expect(page.locator("table").first()).containsText("Children (names redacted)");
    Locator withheld =
        page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Withheld for review"));
    expect(withheld).containsText("invented.supervisor");
    expect(withheld).containsText("Supervision note");
    expect(page.locator("body")).not().containsText("Invented: restricted supervision note");
    assertAccessible();

    Download pdf = page.waitForDownload(() -> link(page, "Download the bundle (PDF)").click());
    byte[] bytes = Files.readAllBytes(pdf.path());
    org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");

    follow(button(page, "Release the disclosure"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("The disclosure is released and recorded");
    expect(page.locator("#released-hash"))
        .hasText(java.util.regex.Pattern.compile("^[0-9a-f]{64}$"));
    expect(button(page, "Release the disclosure")).hasCount(0);
    assertAccessible();

    follow(link(page, "Back to subject access"));
    expect(page.locator("table")).containsText("man");
    expect(page.locator("table")).not().containsText("Not yet released");
  }
}
