package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What a person does and sees in a journey, in words close to how they would put it. */
final class Journey {

  private Journey() {}

  /** Playwright's waiting assertions, named as in Playwright's own examples. */
  static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }

  static PageAssertions expect(Page page) {
    return PlaywrightAssertions.assertThat(page);
  }

  /**
   * Clicks a link or button that opens another page, and waits until that page has fully loaded, so
   * that nothing is checked on a page still arriving.
   */
  static void follow(Locator target) {
    target.click();
    target.page().waitForLoadState();
  }

  static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  static Locator field(Locator scope, String label) {
    return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
  }

  static Locator field(Page page, String label) {
    return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }

  /** A fieldset (a group of fields) by its legend. */
  static Locator group(Page page, String legend) {
    return page.getByRole(
        AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
  }

  static Locator errorSummary(Page page) {
    return page.locator(".govuk-error-summary");
  }

  /** The table rows mentioning this text on the current page. */
  static Locator rowsWith(Page page, String text) {
    return page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text));
  }

  /**
   * Follows "Next page" until a table row mentions the text, as a person would look through a long
   * list. Returns the row, or null once the last page has been seen without it.
   */
  static Locator findRowOnAnyPage(Page page, String text) {
    for (int pages = 0; pages < 200; pages++) {
      Locator row = rowsWith(page, text);
      if (row.count() > 0) {
        return row.first();
      }
      Locator next =
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page"));
      if (next.count() == 0) {
        return null;
      }
      follow(next.first());
    }
    throw new AssertionError("More than 200 pages");
  }

  /** Every table row's text on every page, following "Next page" to the end. */
  static List<String> allRowsOnAllPages(Page page) {
    List<String> rows = new ArrayList<>();
    for (int pages = 0; pages < 200; pages++) {
      rows.addAll(page.locator("tbody tr").allInnerTexts());
      Locator next =
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page"));
      if (next.count() == 0) {
        return rows;
      }
      follow(next.first());
    }
    throw new AssertionError("More than 200 pages");
  }

  /** Signs out with the "Sign out" button every page shows a signed-in user. */
  static void signOut(Page page) {
    follow(button(page, "Sign out"));
    expect(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
  }

  /** Presses Tab until the target has the focus, failing if it never gets it. */
  static void tabTo(Page page, Locator target) {
    for (int presses = 0; presses < 80; presses++) {
      page.keyboard().press("Tab");
      if (hasFocus(target)) {
        return;
      }
    }
    throw new AssertionError("Pressing Tab never reached " + target);
  }

  static boolean hasFocus(Locator target) {
    return (Boolean) target.evaluate("e => e === document.activeElement");
  }

  /** An invented area code of letters only, unlikely to be taken already. */
  static String inventedAreaCode() {
    StringBuilder code = new StringBuilder("ZQ");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
      code.append((char) ('A' + Character.digit(c, 16) % 26));
    }
    return code.toString().toUpperCase(Locale.ROOT);
  }

  static void assertNoneContain(List<String> texts, String forbidden) {
    assertThat(texts).noneMatch(t -> t.contains(forbidden));
  }
}
