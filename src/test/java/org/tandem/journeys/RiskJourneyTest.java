package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * Partner support hears of a new risk and records it with an alert; the perpetrator worker sees the
 * alert and acknowledges it; the manager allocates the case's workers and records a risk review.
 */
class RiskJourneyTest extends BrowserTest {

  private static final String SUMMARY =
      "Invented: he has been seen near the family home against his licence conditions";

  @Test
  void aPartnerReportAlertsTheWorkersAndTheManagerReviewsTheRisk() {
    String reference = newCase(area);
    String perpetratorWorker = area.user(Role.PERPETRATOR_WORKER).displayName();
    String partnerSupportWorker = area.user(Role.PARTNER_SUPPORT_WORKER).displayName();
    LocalDate yesterday = clock.today().minusDays(1);

    // Partner support records what she has heard, forgetting the summary at first.
    signIn(Role.PARTNER_SUPPORT_WORKER);
    assertAccessible();
    page.navigate("/cases/" + reference);
    follow(link(page, "Risk timeline and MARAC"));
    expect(page.locator("h1")).hasText("Risk timeline and MARAC");
    expect(page.locator("#risk-level")).containsText("Standard");
    // The family's timeline starts with his referral: the moves of his case sit among the events.
    expect(rowsWith(page, "His case moved: Awaiting triage")).hasCount(1);
    assertAccessible();
    follow(button(page, "Record a risk event"));
    expect(page.locator("h1")).hasText("Record a risk event");
    expect(field(page, "What happened"))
        .hasAccessibleDescription(
            "The risk information as you choose to share it: never her words, where she is or how"
                + " to reach her");
    assertAccessible();

    field(page, "Partner report").check();
    Locator when = group(page, "When did it happen?");
    field(when, "Day").fill(String.valueOf(yesterday.getDayOfMonth()));
    field(when, "Month").fill(String.valueOf(yesterday.getMonthValue()));
    field(when, "Year").fill(String.valueOf(yesterday.getYear()));
    field(page, "Source (optional)").fill("Invented partner-support call");
    field(page, "Alert the allocated workers").check();
    follow(button(page, "Save risk event"));

    expect(page).hasTitle("Error: Record a risk event – Tandem");
    expect(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Describe the risk information");
    Locator summary = field(page, "What happened");
    expect(formGroupOf(summary)).containsText("Describe the risk information");
    expect(page.locator(".govuk-form-group--error")).hasCount(1);
    expect(field(page, "Partner report")).isChecked();
    expect(field(when, "Day")).hasValue(String.valueOf(yesterday.getDayOfMonth()));
    expect(field(when, "Month")).hasValue(String.valueOf(yesterday.getMonthValue()));
    expect(field(when, "Year")).hasValue(String.valueOf(yesterday.getYear()));
    expect(field(page, "Source (optional)")).hasValue("Invented partner-support call");
    expect(field(page, "Alert the allocated workers")).isChecked();
    assertAccessible();

    errorSummary(page).getByText("Describe the risk information").click();
    expect(summary).isFocused();
    summary.fill(SUMMARY);
    follow(button(page, "Save risk event"));

    expect(page.locator("h1")).hasText("Risk timeline and MARAC");
    expect(page.locator(".govuk-notification-banner")).containsText("Risk event recorded");
    Locator event = rowsWith(page, SUMMARY);
    expect(event).hasCount(1);
    expect(event).containsText("Partner report");
    expect(event).containsText("Invented partner-support call");
    expect(event).containsText("Alert raised");
    expect(event).containsText(area.user(Role.PARTNER_SUPPORT_WORKER).displayName());
    assertAccessible();

    // The perpetrator worker sees the alert and acknowledges it.
    signOut(page);
    signIn(Role.PERPETRATOR_WORKER);
    follow(link(page, "Alerts"));
    expect(page.locator("h1")).hasText("Alerts");
    Locator alert = rowsWith(page, reference);
    expect(alert).hasCount(1);
    expect(alert).containsText("New partner report on " + reference);
    assertAccessible();
    follow(button(page, "Acknowledge the alert on " + reference));
    expect(page.locator(".govuk-notification-banner")).containsText("Alert acknowledged");
    expect(rowsWith(page, reference)).hasCount(0);
    assertAccessible();

    // The manager allocates both workers and records a risk review.
    signOut(page);
    signIn(Role.SERVICE_MANAGER);
    page.navigate("/cases/" + reference);
    follow(link(page, "Allocation"));
    expect(page.locator("h1")).hasText("Allocate workers");
    assertAccessible();
    field(page, "Perpetrator worker").selectOption(new SelectOption().setLabel(perpetratorWorker));
    field(page, "Partner-support worker")
        .selectOption(new SelectOption().setLabel(partnerSupportWorker));
    follow(button(page, "Save allocation"));
    expect(page.locator(".govuk-notification-banner")).containsText("Workers allocated");
    expect(field(page, "Perpetrator worker").locator("option:checked")).hasText(perpetratorWorker);
    expect(field(page, "Partner-support worker").locator("option:checked"))
        .hasText(partnerSupportWorker);
    assertAccessible();
    follow(link(page, "Back to the case"));
    expect(page.locator("main")).containsText(perpetratorWorker);
    expect(page.locator("main")).containsText(partnerSupportWorker);
    assertAccessible();

    follow(link(page, "Risk timeline and MARAC"));
    expect(rowsWith(page, SUMMARY)).hasCount(1);
    assertAccessible();
    follow(button(page, "Record a risk review"));
    expect(page.locator("h1")).hasText("Record a risk review");
    assertAccessible();
    LocalDate today = clock.today();
    LocalDate next = today.plusMonths(1);
    fillDate(group(page, "Date of the review"), today);
    field(page, "Who attended (optional)").fill("Perpetrator worker, partner support");
    field(page, "What the review decided").fill("Invented: increase contact to twice weekly");
    field(group(page, "Risk level"), "Medium").check();
    fillDate(group(page, "Date of the next review"), next);
    follow(button(page, "Save risk review"));

    expect(page.locator(".govuk-notification-banner")).containsText("Risk review recorded");
    expect(page.locator("#risk-level")).containsText("Medium");
    expect(page.locator("#risk-level"))
        .containsText(
            "Risk review on "
                + today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    Locator review = rowsWith(page, "Invented: increase contact to twice weekly");
    expect(review).hasCount(1);
    expect(review).containsText("Medium");
    expect(review).containsText(area.user(Role.SERVICE_MANAGER).displayName());
    expect(page.locator("main")).not().containsText("Review overdue");
    assertAccessible();
  }

  private static void fillDate(Locator group, LocalDate date) {
    field(group, "Day").fill(String.valueOf(date.getDayOfMonth()));
    field(group, "Month").fill(String.valueOf(date.getMonthValue()));
    field(group, "Year").fill(String.valueOf(date.getYear()));
  }

  private Locator formGroupOf(Locator field) {
    return page.locator(".govuk-form-group").filter(new Locator.FilterOptions().setHas(field));
  }
}
