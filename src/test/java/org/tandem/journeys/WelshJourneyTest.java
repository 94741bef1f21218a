package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A worker who reads Tandem in Welsh: she switches on the sign-in page, signs in and stays in
 * Welsh, finds Welsh waiting for her in a fresh browser, reads a date with its Welsh month, and
 * switches back to English, with the keyboard where it matters and an axe scan of each page.
 */
class WelshJourneyTest extends BrowserTest {

  private static final Pattern WELSH_DATE_AND_TIME =
      Pattern.compile(
          "ar \\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref"
              + "|Tachwedd|Rhagfyr) \\d{4} am \\d{1,2}:\\d{2}(yb|yh)");

  @Test
  void sheSwitchesToWelshSignsInAndFindsWelshOnAnotherDevice() {
    TestArea.User worker = area.user(Role.PARTNER_SUPPORT_WORKER);

    page.navigate("/sign-in");
    page.waitForLoadState();
    expect(page.locator("html")).hasAttribute("lang", "en");
    // The switcher, with the keyboard: its link says what it does in both languages.
    Journey.tabTo(page, welshLink(page));
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/sign-in?lang=cy"));
    page.waitForLoadState();

    expect(page.locator("html")).hasAttribute("lang", "cy");
    expect(page.locator("h1")).hasText("Mewngofnodi i Tandem");
    expect(button(page, "Mewngofnodi")).isVisible();
    expect(page.locator("nav.tandem-language-select [aria-current=true]")).hasText("Cymraeg");
    assertAccessible();

    // A wrong password first, so that her start page tells her when: a date in Welsh.
    field(page, "Enw defnyddiwr").fill(worker.username());
    field(page, "Cyfrinair").fill("not-the-password");
    follow(button(page, "Mewngofnodi"));
    expect(page.locator(".govuk-error-summary"))
        .containsText("Rhowch enw defnyddiwr a chyfrinair cywir");
    assertAccessible();
    field(page, "Enw defnyddiwr").fill(worker.username());
    field(page, "Cyfrinair").fill(worker.password());
    follow(button(page, "Mewngofnodi"));

    expect(button(page, "Allgofnodi")).isVisible();
    expect(page.locator("html")).hasAttribute("lang", "cy");
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Mae rhywun wedi ceisio mewngofnodi i'ch cyfrif unwaith");
    expect(page.locator(".govuk-notification-banner")).containsText(WELSH_DATE_AND_TIME);
    assertAccessible();
    assertThat(language(worker)).isEqualTo("cy");
    assertThat(context.cookies().stream().filter(c -> c.name.equals("tandem-language")))
        .singleElement()
        .satisfies(WelshJourneyTest::aChoiceCookie);

    // Another device: a fresh browser, signed in through the English page, opens in Welsh.
    try (BrowserContext fresh =
        context.browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()))) {
      Page other = fresh.newPage();
      other.navigate("/sign-in");
      other.waitForLoadState();
      field(other, "Username").fill(worker.username());
      field(other, "Password").fill(worker.password());
      follow(button(other, "Sign in"));
      expect(button(other, "Allgofnodi")).isVisible();
      expect(other.locator("html")).hasAttribute("lang", "cy");
    }

    // Her account page in Welsh, then back to English.
    page.navigate("/account");
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Eich cyfrif");
    assertAccessible();
    follow(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the language to English")));
    page.waitForURL(url -> url.endsWith("/account?lang=en"));
    expect(page.locator("h1")).hasText("Your account");
    expect(page.locator("html")).hasAttribute("lang", "en");
    expect(button(page, "Sign out")).isVisible();
    assertAccessible();
    assertThat(language(worker)).isEqualTo("en");
  }

  private static com.microsoft.playwright.Locator welshLink(Page page) {
    return page.getByRole(
        AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the language to Welsh"));
  }

  private static void aChoiceCookie(Cookie cookie) {
    assertThat(cookie.value).isEqualTo("cy");
    assertThat(cookie.httpOnly).isTrue();
    assertThat(cookie.sameSite).hasToString("LAX");
    // Long-lived: a year or so, not the session's.
    assertThat(cookie.expires).isGreaterThan(System.currentTimeMillis() / 1000.0 + 300 * 86400);
  }

  private String language(TestArea.User user) {
    return jdbc.sql("SELECT language FROM app_user WHERE id = :id")
        .param("id", user.id())
        .query(String.class)
        .list()
        .get(0);
  }
}
