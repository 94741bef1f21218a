package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.tabTo;

import com.microsoft.playwright.Locator;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;

/**
 * Finding the way round: the service navigation says where you are, folds behind a Menu button on a
 * phone, nothing makes a phone's page scroll sideways, and Sign out is in the header.
 */
class NavigationJourneyTest extends CaseJourneyTest {

  private static final int PHONE_WIDTH = 375;

  @Test
  void onAPhoneTheNavigationFoldsBehindMenuAndNoPageScrollsSideways() {
    String reference = newCase();
    long report = riskReport(reference);
    page.setViewportSize(PHONE_WIDTH, 667);
    signIn(Role.SERVICE_MANAGER);

    page.navigate("/cases");
    page.waitForLoadState();
    Locator menu = button(page, "Menu");
    expect(menu).isVisible();
    expect(menu).hasAttribute("aria-expanded", "false");
    expect(link(page, "Cases")).isHidden();
    expect(link(page, "Waiting list")).isHidden();
    expect(link(page, "Commissioning planner")).isHidden();
    // Who is signed in, and the way out, stay in the header outside the menu.
    expect(button(page, "Sign out")).isVisible();
    expect(link(page, area.user(Role.SERVICE_MANAGER).displayName())).isVisible();
    assertAccessible();

    menu.click();
    expect(menu).hasAttribute("aria-expanded", "true");
    expect(link(page, "Cases")).isVisible();
    expect(link(page, "Cases")).hasAttribute("aria-current", "page");
    expect(link(page, "Waiting list")).isVisible();
    expect(link(page, "Waiting list")).not().hasAttribute("aria-current", Pattern.compile(".*"));
    expect(link(page, "Commissioning planner")).isVisible();
    assertAccessible();
    menu.click();
    expect(link(page, "Cases")).isHidden();

    // The case list's table is wider than the phone: it scrolls in a region of its own, which the
    // keyboard can reach, and the page does not.
    assertNoSidewaysScroll();
    Locator scroller = page.locator(".tandem-table-scroll").first();
    assertThat((Boolean) scroller.evaluate("e => e.scrollWidth > e.clientWidth")).isTrue();
    expect(scroller).hasAttribute("role", "region");
    expect(scroller).hasAttribute("tabindex", "0");
    expect(scroller).hasAttribute("aria-label", Pattern.compile(".+"));

    page.navigate("/cases/" + reference);
    page.waitForLoadState();
    expect(page.locator("h1")).containsText(reference);
    assertNoSidewaysScroll();
    assertAccessible();

    page.navigate("/cases/" + reference + "/reports/" + report);
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Risk identification report");
    assertNoSidewaysScroll();
    assertAccessible();

    page.navigate("/outcomes/area-report?area=" + area.code());
    page.waitForLoadState();
    assertNoSidewaysScroll();
    assertAccessible();

    follow(button(page, "Sign out"));
    expect(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
    page.navigate("/cases");
    page.waitForLoadState();
    assertThat(page.url()).contains("/sign-in");
  }

  @Test
  void onAPhoneTheMenuOpensFromTheKeyboard() {
    page.setViewportSize(PHONE_WIDTH, 667);
    signIn(Role.PERPETRATOR_WORKER);
    page.navigate("/groups");
    page.waitForLoadState();

    expect(link(page, "Groups")).isHidden();
    Locator menu = button(page, "Menu");
    tabTo(page, menu);
    page.keyboard().press("Enter");
    expect(menu).hasAttribute("aria-expanded", "true");
    expect(link(page, "Groups")).isVisible();
    expect(link(page, "Groups")).hasAttribute("aria-current", "page");
    // The next Tab goes into the menu that opened: its first item, then the next.
    page.keyboard().press("Tab");
    expect(link(page, "My work")).isFocused();
    page.keyboard().press("Tab");
    expect(link(page, "Cases")).isFocused();
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/cases"));
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Cases");
    assertAccessible();
  }

  @Test
  void onADesktopTheNavigationMarksWhereYouAre() {
    String reference = newCase();
    signIn(Role.SERVICE_MANAGER);

    page.navigate("/waiting-list");
    page.waitForLoadState();
    expect(button(page, "Menu")).isHidden();
    expect(link(page, "Waiting list")).isVisible();
    expect(link(page, "Waiting list")).hasAttribute("aria-current", "page");
    expect(activeItems()).hasText("Waiting list");
    expect(link(page, "Cases")).not().hasAttribute("aria-current", Pattern.compile(".*"));
    assertAccessible();

    // A page within Cases marks Cases as the section you are in, not as the page itself.
    page.navigate("/cases/" + reference + "/assessment");
    page.waitForLoadState();
    expect(link(page, "Cases")).hasAttribute("aria-current", "true");
    expect(activeItems()).hasText("Cases");
    assertAccessible();

    follow(link(page, "Cases"));
    expect(link(page, "Cases")).hasAttribute("aria-current", "page");

    follow(link(page, "Groups"));
    expect(link(page, "Groups")).hasAttribute("aria-current", "page");
    expect(activeItems()).hasText("Groups");

    // The account page, from the name in the header.
    follow(link(page, area.user(Role.SERVICE_MANAGER).displayName()));
    expect(page.locator("h1")).hasText("Your account");
    expect(link(page, area.user(Role.SERVICE_MANAGER).displayName()))
        .hasAttribute("aria-current", "page");
    expect(activeItems()).hasCount(0);
    assertAccessible();

    // Sign out from the header, with the keyboard.
    tabTo(page, button(page, "Sign out"));
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.contains("/sign-in"));
    page.waitForLoadState();
    expect(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
    expect(button(page, "Sign out")).hasCount(0);
  }

  private Locator activeItems() {
    return page.locator(".govuk-service-navigation__item--active");
  }

  private void assertNoSidewaysScroll() {
    int width = (Integer) page.evaluate("() => document.documentElement.scrollWidth");
    assertThat(width).as("the page's width on %s", page.url()).isLessThanOrEqualTo(PHONE_WIDTH);
  }

  /** A risk identification report on the case, from a first assessment session; its id. */
  private long riskReport(String reference) {
    String token = area.token(Role.PERPETRATOR_WORKER);
    HttpResponse<String> session =
        apiPost(
            token,
            "/api/v1/cases/" + reference + "/assessment/sessions",
            """
            {"heldOn": "%s", "durationMinutes": 90, "withInterpreter": false}
            """
                .formatted(clock.today().minusDays(1)));
    assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
    HttpResponse<String> report =
        apiPost(
            token,
            "/api/v1/cases/" + reference + "/reports",
            """
            {"contact": "Invented: contact only at a family centre",
             "supervision": "Invented: fortnightly supervision by probation",
             "programme": "Invented: the group programme, after individual work",
             "minutesSpent": 95}
            """);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(report.body());
    assertThat(id.find()).as(report.body()).isTrue();
    return Long.parseLong(id.group(1));
  }
}
