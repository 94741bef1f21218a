package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * Signing in with the council's account, through a real OpenID Connect provider (the mock OAuth2
 * server, with its interactive login page) found by discovery from its issuer, as Tandem finds
 * Entra ID, Keycloak or Google Workspace. The person is matched to their Tandem account by verified
 * email address; roles and areas come from Tandem, whatever the provider says; someone the provider
 * knows and Tandem does not is refused, clearly, and nothing is created.
 *
 * <p>Its own Tandem (a second application context, with its own embedded database and no demo
 * data), because the council sign-in is configured only here.
 */
class CouncilSignInJourneyTest extends BrowserTest {

  private static final MockOAuth2Server PROVIDER = started();

  private static MockOAuth2Server started() {
    MockOAuth2Server provider = new MockOAuth2Server(new OAuth2Config(true));
    provider.start();
    return provider;
  }

  @DynamicPropertySource
  static void council(DynamicPropertyRegistry properties) {
    properties.add("tandem.oidc.issuer-uri", () -> PROVIDER.issuerUrl("council").toString());
    properties.add("tandem.oidc.client-id", () -> "tandem-test");
    properties.add("tandem.oidc.client-secret", () -> "an-invented-client-secret");
    // A database of its own: the other tests' application holds the usual one open.
    properties.add("tandem.data-dir", () -> "target/test-data-council-sign-in");
    properties.add("tandem.demo", () -> "false");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  /** The provider's page asks for a web font; nothing outside this machine is reached. */
  @BeforeEach
  void onlyThisMachine() {
    context.route(
        url -> !url.startsWith("http://localhost") && !url.startsWith("http://127.0.0.1"),
        Route::abort);
  }

  @Test
  void aWorkerSignsInWithTheirCouncilAccountAndWorksWithTheirRolesAndAreas() {
    String hers = newCase(area);
    TestArea other = newArea();
    String notHers = newCase(other);
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    String email = worker.username() + "@Council.example";

    // The system administrator gives the worker their council address, mistyping it first.
    signInWithPassword(area.user(Role.SYSTEM_ADMINISTRATOR));
    Journey.follow(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Change email " + worker.username())));
    expect(page.locator("h1")).hasText("Email address for " + worker.displayName());
    assertAccessible();
    field(page, "Email address").fill(worker.username() + "@council");
    Journey.follow(button(page, "Save email address"));
    expect(errorSummary(page))
        .containsText("Enter an email address in the correct format, like name@example.org");
    expect(field(page, "Email address")).hasValue(worker.username() + "@council");
    assertAccessible();
    field(page, "Email address").fill(email);
    Journey.follow(button(page, "Save email address"));
    expect(page.locator("tr", new Page.LocatorOptions().setHasText(worker.username())))
        .containsText(email);
    Journey.follow(button(page, "Sign out"));

    page.navigate("/sign-in");
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Sign in to Tandem");
    assertAccessible();
    // The provider says the address in other letter cases, and claims a role it cannot give.
    signInAtTheCouncil(
        "council-subject-" + area.code(),
        """
        {"email": "%s", "email_verified": true, "name": "Someone Else", "roles": ["SYSTEM_ADMINISTRATOR"]}
        """
            .formatted(email.toUpperCase(Locale.ROOT)));

    expect(page).hasURL(baseUrl() + "/my-work");
    expect(button(page, "Sign out")).isVisible();
    page.navigate("/cases");
    page.waitForLoadState();
    expect(page.locator("body")).containsText(worker.displayName());
    expect(page.locator("table")).containsText(hers);
    assertThat(page.locator("table").textContent()).doesNotContain(notHers);
    assertAccessible();

    // Reading her cases is audited under the Tandem account, as after a password sign-in.
    Long listed =
        jdbc.sql(
                "SELECT count(*) FROM audit_event WHERE username = :u AND case_reference = :r"
                    + " AND action = 'LIST'")
            .param("u", worker.username())
            .param("r", hers)
            .query(Long.class)
            .single();
    assertThat(listed).isPositive();

    // Tandem's roles, not the provider's claims: no administration for a perpetrator worker.
    assertThat(page.navigate("/admin/users").status()).isEqualTo(403);
    assertThat(page.navigate("/cases/" + notHers).status()).isEqualTo(404);
    page.navigate("/cases");

    Journey.follow(button(page, "Sign out"));
    expect(page.locator("body")).containsText("You have signed out");
    page.navigate("/cases");
    expect(page.locator("h1")).hasText("Sign in to Tandem");
  }

  @Test
  void someoneTheCouncilKnowsButTandemDoesNotIsRefusedAndNothingIsCreated() {
    long accounts = accountCount();

    page.navigate("/sign-in");
    signInAtTheCouncil(
        "council-stranger-" + area.code(),
        """
        {"email": "stranger.%s@council.example", "email_verified": true}
        """
            .formatted(area.code().toLowerCase(Locale.ROOT)));

    expectRefused();
    assertThat(accountCount()).isEqualTo(accounts);
  }

  @Test
  void anAddressTheProviderHasNotVerifiedIsRefused() {
    TestArea.User worker = area.user(Role.INTAKE);
    String email = worker.username() + "@council.example";
    giveEmail(worker, email);

    page.navigate("/sign-in");
    signInAtTheCouncil(
        "council-unverified-" + area.code(),
        """
        {"email": "%s", "email_verified": false}
        """
            .formatted(email));

    expectRefused();
  }

  @Test
  void aWithdrawnAccountIsRefused() {
    TestArea.User worker = area.user(Role.CHILDRENS_WORKER);
    String email = worker.username() + "@council.example";
    giveEmail(worker, email);
    jdbc.sql("UPDATE app_user SET enabled = false WHERE id = :id")
        .param("id", worker.id())
        .update();

    page.navigate("/sign-in");
    signInAtTheCouncil(
        "council-withdrawn-" + area.code(),
        """
        {"email": "%s", "email_verified": true}
        """
            .formatted(email));

    expectRefused();
  }

  @Test
  void aCallbackTandemDidNotAskForIsRefused() {
    long accounts = accountCount();

    page.navigate("/login/oauth2/code/council?code=an-invented-code&state=not-asked-for");
    page.waitForLoadState();

    expect(page).hasURL(baseUrl() + "/sign-in?councilFailed");
    expect(errorSummary(page))
        .containsText("Signing in with your council account did not work. Try again");
    expect(button(page, "Sign out")).hasCount(0);
    assertAccessible();
    assertThat(accountCount()).isEqualTo(accounts);
  }

  /** The password form, beside which the council's button now stands. */
  private void signInWithPassword(TestArea.User user) {
    page.navigate("/sign-in");
    field(page, "Username").fill(user.username());
    field(page, "Password").fill(user.password());
    Journey.follow(button(page, "Sign in"));
    expect(button(page, "Sign out")).isVisible();
  }

  /** From Tandem's sign-in page, through the provider's login page, and back to Tandem. */
  private void signInAtTheCouncil(String subject, String claims) {
    page.waitForLoadState();
    page.getByRole(
            AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in with your council account"))
        .click();
    page.waitForURL(url -> url.startsWith(PROVIDER.baseUrl().toString()));
    page.locator("input[name=username]").fill(subject);
    page.locator("textarea[name=claims]").fill(claims.strip());
    page.locator("input[type=submit]").click();
    page.waitForURL(url -> url.startsWith(baseUrl()) && !url.contains("/login/oauth2/"));
    page.waitForLoadState();
  }

  private void expectRefused() {
    expect(page).hasURL(baseUrl() + "/sign-in?councilNotSetUp");
    expect(page.locator("h1")).hasText("Sign in to Tandem");
    expect(errorSummary(page)).containsText("There is a problem");
    expect(errorSummary(page))
        .containsText("Your council account is not set up in Tandem. Ask your service manager.");
    expect(button(page, "Sign out")).hasCount(0);
    assertAccessible();
    page.navigate("/cases");
    expect(page.locator("h1")).hasText("Sign in to Tandem");
  }

  private void giveEmail(TestArea.User user, String email) {
    jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id")
        .param("email", email)
        .param("id", user.id())
        .update();
  }

  private long accountCount() {
    return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
  }
}
