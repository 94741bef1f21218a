package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.tandem.TandemTest;
import org.tandem.demo.DemoUsers;

/**
 * A real headless Chromium driven by Playwright. Uses Debian's /usr/bin/chromium when present
 * (Playwright's own browser download is skipped). Every page a journey visits is scanned by axe.
 */
public abstract class BrowserTest extends TandemTest {

  private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

  private static Playwright playwright;
  private static Browser browser;

  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  static void launchBrowser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    BrowserType.LaunchOptions options =
        new BrowserType.LaunchOptions()
            .setHeadless(true)
            .setArgs(
                List.of(
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync"));
    if (Files.isExecutable(DEBIAN_CHROMIUM)) {
      options.setExecutablePath(DEBIAN_CHROMIUM);
    }
    browser = playwright.chromium().launch(options);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()));
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  protected void signIn(String username) {
    String password =
        DemoUsers.ALL.stream()
            .filter(u -> u.username().equals(username))
            .findFirst()
            .orElseThrow()
            .password();
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
    page.waitForLoadState();
    assertThat(page.url()).doesNotContain("/sign-in");
  }

  /** Fails if axe finds a serious or critical accessibility violation on the current page. */
  protected void assertAccessible() {
    AxeResults results =
        new AxeBuilder(page)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze();
    List<Rule> serious =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertThat(serious)
        .as(
            "serious or critical accessibility violations on %s: %s",
            page.url(),
            serious.stream()
                .map(
                    v ->
                        v.getId()
                            + " "
                            + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .collect(Collectors.joining(",")))
                .toList())
        .isEmpty();
  }
}
