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
import org.tandem.TestArea;
import org.tandem.TestCodes;
import org.tandem.access.Role;
import org.tandem.demo.DemoUsers;

/**
 * A real headless Chromium driven by Playwright. Uses the system's Chromium when there is one (the
 * path in {@code TANDEM_CHROMIUM}, or Debian's {@code /usr/bin/chromium}); otherwise Playwright
 * fetches and uses its own browser, as it normally does. If neither can start, every browser test
 * fails at once with one message saying what to install. Every page a journey visits is scanned by
 * axe.
 */
public abstract class BrowserTest extends TandemTest {

  private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

  static final String NO_BROWSER =
      """
      The browser tests need a Chromium and none could be started.
      Install Debian's:  sudo apt-get install chromium
      or set TANDEM_CHROMIUM to the path of a Chromium or Chrome executable,
      or let Playwright download its own browser (it needs to reach its download servers).
      """;

  /** Why the browser could not start, once it has failed, so later tests fail at once. */
  private static String launchFailure;

  private static Playwright playwright;
  private static Browser browser;

  protected BrowserContext context;
  protected Page page;

  /**
   * An area of this test's own, with its own team, made before each test: what the test makes
   * there, no other test sees in its lists, queues or figures.
   */
  protected TestArea area;

  @BeforeAll
  static void launchBrowser() {
    if (launchFailure != null) {
      throw new IllegalStateException(launchFailure);
    }
    Path system = systemChromium();
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
    try {
      if (system != null) {
        // Playwright would otherwise download a browser of its own that it does not need.
        playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        options.setExecutablePath(system);
      } else {
        playwright = Playwright.create();
      }
      browser = playwright.chromium().launch(options);
    } catch (RuntimeException e) {
      launchFailure = NO_BROWSER + "(" + rootCause(e) + ")";
      closeBrowser();
      throw new IllegalStateException(launchFailure);
    }
  }

  /** The system's Chromium to use, or null to use Playwright's own. */
  static Path systemChromium() {
    String configured = System.getenv("TANDEM_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured.strip());
      if (!Files.isExecutable(path)) {
        launchFailure = NO_BROWSER + "(TANDEM_CHROMIUM is " + path + ", which is not executable)";
        throw new IllegalStateException(launchFailure);
      }
      return path;
    }
    return Files.isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
  }

  /** The first line of the innermost reason, which is the one that says what was missing. */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null
        ? root.getClass().getSimpleName()
        : message.strip().lines().findFirst().orElse(root.getClass().getSimpleName());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  @BeforeEach
  void anAreaOfItsOwn() {
    area = newArea();
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

  /** Signs in as one of the demo users the README lists. */
  protected void signIn(String username) {
    signIn(
        username,
        DemoUsers.ALL.stream()
            .filter(u -> u.username().equals(username))
            .findFirst()
            .orElseThrow()
            .password());
  }

  /** Signs in as this test's own area's worker in a role. */
  protected void signIn(Role role) {
    signIn(area.user(role));
  }

  /** Signs in as a worker of a test's own area. */
  protected void signIn(TestArea.User user) {
    signIn(user.username(), user.password());
  }

  private void signIn(String username, String password) {
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
    page.waitForLoadState();
    if (page.url().endsWith("/sign-in/code") && username.equals(DemoUsers.WITH_AUTHENTICATOR)) {
      // Her app's code, as a person with her phone would type it; see TandemTest.
      jdbc.sql("UPDATE app_user SET totp_last_step = NULL WHERE username = :u")
          .param("u", username)
          .update();
      page.getByLabel("Code").fill(TestCodes.now(DemoUsers.AUTHENTICATOR_SECRET));
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Continue"))
          .click();
      page.waitForLoadState();
    }
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
            .filter(v -> !onlyGovukConditionalRadios(v))
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

  /**
   * GOV.UK Frontend marks a radio that reveals a conditional question with aria-expanded, which
   * ARIA does not list for radios. The Design System keeps it on purpose, because screen readers
   * announce it (alphagov/govuk-frontend#979, a documented known issue), so that one finding, and
   * nothing else, is not counted against a page.
   */
  private static boolean onlyGovukConditionalRadios(Rule violation) {
    return "aria-allowed-attr".equals(violation.getId())
        && violation.getNodes().stream()
            .allMatch(
                n ->
                    n.getHtml().contains("govuk-radios__input")
                        && n.getHtml().contains("aria-controls")
                        && n.getFailureSummary() != null
                        && n.getFailureSummary().contains("aria-expanded")
                        && !n.getFailureSummary().replace("aria-expanded", "").contains("aria-"));
  }
}
