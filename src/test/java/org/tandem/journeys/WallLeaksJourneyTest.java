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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * The wall's last leaks, closed in the browser: partner support tries to share her name with dots
 * between its letters and her street without its number, is told what to take out beside the field
 * with her words kept, and shares it reworded; a perpetrator worker who keeps asking for her record
 * shows up in the manager's alerts, and the manager acknowledges it.
 */
class WallLeaksJourneyTest extends BrowserTest {

  private static final Pattern PARTNER_ID = Pattern.compile("\"id\":(\\d+),\"relationship\"");

  @Test
  void herDetailsInDisguiseAreRefusedUntilReworded() {
    String reference = newCase(area);
    String share = herRecord(reference) + "/share";

    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate(share);
    expect(page.locator("h1")).hasText("Share risk information with the perpetrator worker");
    assertAccessible();

    String typed = "J.o says he has been waiting on Imaginary Lane";
    fillDate(group(page, "When did it happen?"), clock.today());
    field(page, "Risk information to share").fill(typed);
    follow(button(page, "Share it"));

    expect(errorSummary(page)).containsText("Take out her name and her address");
    expect(page.locator(".govuk-error-message")).containsText("Take out her name and her address");
    expect(field(page, "Risk information to share")).hasValue(typed);
    assertThat(errorSummary(page).innerText()).doesNotContain("Imaginary");
    assertAccessible();

    field(page, "Risk information to share")
        .fill("Reports he has been waiting near where she lives");
    follow(button(page, "Share it"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Risk information shared on the family’s risk timeline");
  }

  @Test
  void theManagerSeesWhoKeepsBeingRefusedAndAcknowledgesIt() {
    String reference = newCase(area);
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    for (int i = 0; i < 5; i++) {
      assertThat(apiGet(worker.token(), "/api/v1" + herRecord(reference)).statusCode())
          .isEqualTo(403);
    }

    signIn(Role.SERVICE_MANAGER);
    follow(link(page, "Alerts"));
    expect(page.locator("h1")).hasText("Alerts");
    expect(page.locator("caption").first())
        .hasText("Refused access again and again: 1 to acknowledge, newest first");
    expect(page.locator("tbody tr").first())
        .containsText(worker.displayName() + " (" + worker.username() + ")");
    expect(page.locator("tbody tr").first()).containsText("Refused access 5 times");
    assertAccessible();

    follow(button(page, "Acknowledge the alert about " + worker.displayName()));
    expect(page.locator(".govuk-notification-banner")).containsText("Alert acknowledged");
    expect(page.locator("main")).not().containsText(worker.username());
    assertAccessible();
  }

  private String herRecord(String reference) {
    Matcher id =
        PARTNER_ID.matcher(
            apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/cases/" + reference).body());
    assertThat(id.find()).as("partner support sees her id").isTrue();
    return "/cases/" + reference + "/partners/" + id.group(1);
  }

  private static void fillDate(Locator group, LocalDate date) {
    field(group, "Day").fill(String.valueOf(date.getDayOfMonth()));
    field(group, "Month").fill(String.valueOf(date.getMonthValue()));
    field(group, "Year").fill(String.valueOf(date.getYear()));
  }
}
