package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.rowsWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/** The service manager checks who has looked at a case, and adds a commissioning area. */
class ManagerJourneyTest extends CaseJourneyTest {

  @Test
  void theAuditTrailShowsWhoReadAndCreatedTheCaseAndFiltersByAction() {
    String reference = newCase();

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/cases?q=" + reference);
    page.waitForLoadState();
    follow(link(page, reference));
    expect(page.locator("h1")).containsText(reference);
    follow(link(page, "Audit trail"));
    expect(page.locator("h1")).hasText("Audit trail");
    expect(page.locator(".govuk-caption-l")).hasText(reference);
    assertAccessible();

    Locator entries = page.locator("tbody tr");
    expect(entries.first()).isVisible();
    // The manager's own read of the case a moment ago, and intake's creation through the API.
    expect(entriesBy(manager(), "READ").first()).isVisible();
    expect(entriesBy(intake(), "CREATE").first()).isVisible();

    field(page, "What").selectOption("READ");
    follow(button(page, "Filter"));
    expect(field(page, "What")).hasValue("READ");
    List<String> actions = page.locator("tbody tr td:nth-child(3)").allInnerTexts();
    assertThat(actions).isNotEmpty().allMatch("READ"::equals);
    expect(entriesBy(manager(), "READ").first()).isVisible();
    expect(page.locator("caption")).containsText(actions.size() + " entries");
    assertAccessible();

    field(page, "What").selectOption("CREATE");
    follow(button(page, "Filter"));
    List<String> created = page.locator("tbody tr td:nth-child(3)").allInnerTexts();
    assertThat(created).containsExactly("CREATE");
    expect(page.locator("tbody tr").first()).containsText(intake());
    assertAccessible();
  }

  @Test
  void addAnAreaAfterMendingMistakes() {
    signIn(Role.SERVICE_MANAGER);
    follow(link(page, "Areas"));
    expect(page.locator("h1")).hasText("Commissioning areas");
    assertAccessible();

    field(page, "Code").fill("1");
    field(page, "Name").fill("");
    follow(button(page, "Add area"));

    expect(errorSummary(page)).containsText("There is a problem");
    expect(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText(
            new String[] {"The code must be 2 to 8 letters, like NEW", "Enter the area's name"});
    expect(field(page, "Code"))
        .hasAccessibleDescription(
            "Two to eight letters; case references start with it, like NEW-0001"
                + " Error: The code must be 2 to 8 letters, like NEW");
    expect(field(page, "Name")).hasAccessibleDescription("Error: Enter the area's name");
    expect(page.locator(".govuk-error-message")).hasCount(2);
    expect(field(page, "Code")).hasValue("1");
    assertAccessible();

    String code = Journey.inventedAreaCode();
    field(page, "Code").fill(code.toLowerCase(java.util.Locale.ROOT));
    field(page, "Name").fill("Fernhollow " + code);
    follow(button(page, "Add area"));

    expect(page.locator(".govuk-notification-banner")).containsText("Area " + code + " added");
    expect(errorSummary(page)).hasCount(0);
    expect(rowsWith(page, code).locator("td")).hasText(new String[] {code, "Fernhollow " + code});
    expect(field(page, "Code")).hasValue("");
    assertAccessible();
  }

  private String manager() {
    return area.user(Role.SERVICE_MANAGER).username();
  }

  private String intake() {
    return area.user(Role.INTAKE).username();
  }

  /** The audit entries by exactly this user with exactly this action. */
  private Locator entriesBy(String who, String action) {
    return page.locator("tbody tr")
        .filter(new Locator.FilterOptions().setHas(column(2, who)))
        .filter(new Locator.FilterOptions().setHas(column(3, action)));
  }

  /** A cell holding exactly this text; Playwright runs the pattern as JavaScript, without \Q. */
  private Locator column(int n, String exactly) {
    return page.locator(
        "td:nth-child(" + n + ")",
        new com.microsoft.playwright.Page.LocatorOptions()
            .setHasText(java.util.regex.Pattern.compile("^" + exactly.replace(".", "\\.") + "$")));
  }
}
