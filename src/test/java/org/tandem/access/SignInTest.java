package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestData;

/**
 * Signing in and out through the form over plain HTTP: every failure answered alike, repeated
 * failures slowed per address and per account without a stranger being able to keep the owner out,
 * the owner told of them, and revoked API tokens. Wrong passwords are sent from addresses of the
 * test's own (X-Forwarded-For, believed from loopback), so that no other test is slowed.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInTest extends TandemTest {

  private static final String PASSWORD = "Invented-pass-2026";

  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;

  @Test
  void theRightPasswordSignsIn() {
    String username = newUser();
    PageSession browser = new PageSession(baseUrl());

    HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(location(signedIn)).doesNotContain("/sign-in");
    HttpResponse<String> cases = browser.get("/cases");
    assertThat(cases.statusCode()).isEqualTo(200);
    assertThat(cases.body()).contains("Cases");
  }

  @Test
  void aWrongPasswordDoesNotSignIn() {
    String username = newUser();
    PageSession browser = new PageSession(baseUrl()).from(anAddress());

    HttpResponse<String> failed = browser.signIn(username, "Not-the-password");

    assertThat(failed.statusCode()).isEqualTo(302);
    assertThat(location(failed)).endsWith("/sign-in?failed");
    assertThat(location(browser.get("/cases"))).contains("/sign-in");
  }

  /**
   * Who signed in and from where, and every failure's address, are in the log for whoever watches
   * it; never the password, nor the name typed with a wrong one (it is sometimes the password).
   */
  @Test
  void signInsAndFailuresAreLoggedWithTheirAddressButNeverWhatWasTyped(CapturedOutput output) {
    String username = newUser();
    String address = anAddress();
    String typedName = TestData.marker("typed");

    new PageSession(baseUrl()).from(address).signIn(typedName, "Typed-secret-2026");
    new PageSession(baseUrl()).from(address).signIn(username, PASSWORD);

    assertThat(output.getOut())
        .contains("A sign-in failed from " + address)
        .contains(username + " gave the right password from " + address)
        .doesNotContain(typedName)
        .doesNotContain("Typed-secret-2026")
        .doesNotContain(PASSWORD);
  }

  /**
   * A real account, a name nobody has, and a withdrawn account, each tried eight times from an
   * address of its own: every answer is the same redirect to the same page, and so is the ninth,
   * which for the real account is its right password, refused while its wait runs.
   */
  @Test
  void everyFailureIsAnsweredTheSameWayWhetherOrNotTheAccountIsReal() {
    String real = newUser();
    String unknown = TestData.marker("nobody").toLowerCase();
    String withdrawn = newUser();
    accounts.setEnabled(idOf(withdrawn), false);
    clock.travelTo(clock.instant());

    for (String username : List.of(real, unknown, withdrawn)) {
      String address = anAddress();
      for (int i = 0; i < 8; i++) {
        HttpResponse<String> failed =
            new PageSession(baseUrl()).from(address).signIn(username, "Wrong-guess-" + i);
        assertThat(failed.statusCode()).as(username + " try " + i).isEqualTo(302);
        assertThat(location(failed)).as(username + " try " + i).endsWith("/sign-in?failed");
      }
      PageSession browser = new PageSession(baseUrl()).from(address);
      HttpResponse<String> ninth = browser.signIn(username, PASSWORD);
      assertThat(ninth.statusCode()).as(username).isEqualTo(302);
      assertThat(location(ninth)).as(username).endsWith("/sign-in?failed");
      HttpResponse<String> page = browser.get("/sign-in?failed");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("Enter a correct username and password", "you must wait longer")
          .doesNotContain("locked");
    }
  }

  /**
   * A stranger tries twenty passwords at the account from somewhere else, one every 16 minutes
   * (each after the last one's wait, so every one is checked): their own address must wait, even
   * with the right password, but the owner, where she last signed in, signs in at once.
   */
  @Test
  void aStrangersFailuresDoNotKeepTheOwnerOutWhereSheSignsIn() {
    String owner = newUser();
    String home = anAddress();
    assertThat(signInFrom(home, owner, PASSWORD)).doesNotContain("/sign-in");
    String stranger = anAddress();

    Instant last = twentyFailuresFrom(stranger, owner);

    clock.travelTo(last);
    assertThat(signInFrom(stranger, owner, PASSWORD))
        .as("the stranger's address waits, even with the right password")
        .endsWith("/sign-in?failed");
    assertThat(signInFrom(home, owner, PASSWORD)).as("at home").doesNotContain("/sign-in");
  }

  /** After the same twenty, the owner somewhere new waits for the account's minute at most. */
  @Test
  void aStrangersFailuresKeepTheOwnerOutElsewhereForAMinuteAtMost() {
    String owner = newUser();
    Instant last = twentyFailuresFrom(anAddress(), owner);
    String elsewhere = anAddress();

    clock.travelTo(last.plusSeconds(59));
    assertThat(signInFrom(elsewhere, owner, PASSWORD))
        .as("somewhere new, while the account's wait runs")
        .endsWith("/sign-in?failed");
    clock.travelTo(last.plusSeconds(60));
    assertThat(signInFrom(elsewhere, owner, PASSWORD))
        .as("somewhere new, a minute after the last failure")
        .doesNotContain("/sign-in");
  }

  /**
   * From one address, ten wrong guesses at names nobody has are free; the eleventh makes the next
   * attempt wait a second, during which even a real account's right password is refused unchecked;
   * one more failure doubles the wait to two seconds.
   */
  @Test
  void anAddressThatKeepsFailingWaitsLongerEachTime() {
    String owner = newUser();
    String guesser = anAddress();
    Instant start = clock.instant();
    clock.travelTo(start);
    for (int i = 0; i < 11; i++) {
      String name = TestData.marker("guess").toLowerCase();
      assertThat(signInFrom(guesser, name, "Wrong-guess-" + i)).endsWith("/sign-in?failed");
    }

    clock.travelTo(start.plusMillis(900));
    assertThat(signInFrom(guesser, owner, PASSWORD)).as("0.9 s").endsWith("/sign-in?failed");
    clock.travelTo(start.plusMillis(1000));
    assertThat(signInFrom(guesser, owner, "Wrong-guess-12")).endsWith("/sign-in?failed");
    clock.travelTo(start.plusMillis(2900));
    assertThat(signInFrom(guesser, owner, PASSWORD)).as("1.9 s on").endsWith("/sign-in?failed");
    clock.travelTo(start.plusMillis(3000));
    assertThat(signInFrom(guesser, owner, PASSWORD)).as("2 s on").doesNotContain("/sign-in");
  }

  /**
   * An office whose staff share one public address: fifteen mistakes there by colleagues make the
   * address wait, so someone new to it waits, but not someone who last signed in from it.
   */
  @Test
  void colleaguesMistakesAtASharedOfficeAddressNeverSlowSomeoneWhoSignsInThere() {
    String owner = newUser();
    String office = anAddress();
    assertThat(signInFrom(office, owner, PASSWORD)).doesNotContain("/sign-in");
    Instant start = clock.instant();
    clock.travelTo(start);
    for (int i = 0; i < 15; i++) {
      assertThat(signInFrom(office, newUser(), "Wrong-guess-" + i)).endsWith("/sign-in?failed");
    }

    clock.travelTo(start.plusMillis(500));
    assertThat(signInFrom(office, newUser(), PASSWORD))
        .as("someone new to the office address waits")
        .endsWith("/sign-in?failed");
    assertThat(signInFrom(office, owner, PASSWORD))
        .as("someone who last signed in there does not")
        .doesNotContain("/sign-in");
  }

  /**
   * Waiving the office's waits for her does not let a guesser in her office try her password
   * freely: failures at her account from there are counted on their own and slowed as an address's
   * are, ten free and then a wait that doubles.
   */
  @Test
  void aGuesserAtHerOwnOfficeAddressIsStillSlowed() {
    String owner = newUser();
    String office = anAddress();
    assertThat(signInFrom(office, owner, PASSWORD)).doesNotContain("/sign-in");
    Instant start = clock.instant();
    clock.travelTo(start);
    for (int i = 0; i < 11; i++) {
      assertThat(signInFrom(office, owner, "Wrong-guess-" + i)).endsWith("/sign-in?failed");
    }

    clock.travelTo(start.plusMillis(900));
    assertThat(signInFrom(office, owner, PASSWORD)).as("0.9 s on").endsWith("/sign-in?failed");
    clock.travelTo(start.plusMillis(1000));
    assertThat(signInFrom(office, owner, PASSWORD)).as("1 s on").doesNotContain("/sign-in");
  }

  /** Guesses at one account from many addresses: its wait doubles from the sixth. */
  @Test
  void anAccountGuessedFromManyAddressesWaitsLongerEachTime() {
    String owner = newUser();
    Instant start = clock.instant();
    clock.travelTo(start);
    for (int i = 0; i < 6; i++) {
      assertThat(signInFrom(anAddress(), owner, "Wrong-guess-" + i)).endsWith("/sign-in?failed");
    }
    clock.travelTo(start.plusSeconds(1));
    assertThat(signInFrom(anAddress(), owner, "Wrong-guess-6")).endsWith("/sign-in?failed");

    clock.travelTo(start.plusMillis(2900));
    assertThat(signInFrom(anAddress(), owner, PASSWORD)).as("1.9 s on").endsWith("/sign-in?failed");
    clock.travelTo(start.plusSeconds(3));
    assertThat(signInFrom(anAddress(), owner, PASSWORD)).as("2 s on").doesNotContain("/sign-in");
  }

  /**
   * Three failed tries at her account, and one refused while a wait ran, are what she is told on
   * the page she starts on and on her account page, with when the last was; once told on the start
   * page she is not told there again, and her next sign-in has nothing to tell.
   */
  @Test
  void theOwnerIsToldWhenSomeoneHasBeenTrying() {
    String owner = newUser();
    PageSession.signedIn(baseUrl(), owner, PASSWORD);
    clock.travelTo(LocalDateTime.of(2026, 12, 2, 14, 5));
    String stranger = anAddress();
    for (int i = 0; i < 3; i++) {
      assertThat(signInFrom(stranger, owner, "Wrong-guess-" + i)).endsWith("/sign-in?failed");
    }

    clock.travelTo(LocalDateTime.of(2026, 12, 2, 16, 30));
    PageSession browser = PageSession.signedIn(baseUrl(), owner, PASSWORD);
    HttpResponse<String> home = browser.get("/");
    HttpResponse<String> start = browser.get(location(home).replaceFirst("^https?://[^/]+", ""));

    assertThat(start.statusCode()).isEqualTo(200);
    String told =
        "Someone tried to sign in to your account 3 times without the right password since you"
            + " last signed in. The last try was on 2 December 2026 at 2:05pm.";
    assertThat(start.body()).contains(told, "If this was not you");
    assertThat(browser.get("/account").body()).contains(told);
    HttpResponse<String> again = browser.get("/");
    assertThat(browser.get(location(again).replaceFirst("^https?://[^/]+", "")).body())
        .doesNotContain("Someone tried to sign in");

    PageSession next = PageSession.signedIn(baseUrl(), owner, PASSWORD);
    assertThat(next.get("/account").body()).doesNotContain("Someone tried to sign in");
  }

  @Test
  void signingOutEndsTheSession() {
    String username = newUser();
    PageSession browser = new PageSession(baseUrl());
    browser.signIn(username, PASSWORD);
    HttpResponse<String> cases = browser.get("/cases");
    assertThat(cases.statusCode()).isEqualTo(200);

    String endedSession = browser.sessionId();

    HttpResponse<String> signedOut =
        browser.post("/sign-out", Map.of("_csrf", PageSession.csrf(cases)));

    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(location(signedOut)).endsWith("/sign-in?signedOut");
    HttpResponse<String> signInPage = browser.get("/sign-in?signedOut");
    assertThat(signInPage.statusCode())
        .as("following the redirect: %s", signInPage.headers().firstValue("Location"))
        .isEqualTo(200);
    assertThat(signInPage.body()).contains("You have signed out");
    HttpResponse<String> after = browser.get("/cases");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(location(after)).contains("/sign-in");
    PageSession withTheEndedSession = new PageSession(baseUrl());
    withTheEndedSession.useSessionId(endedSession);
    HttpResponse<String> replayed = withTheEndedSession.get("/cases");
    assertThat(replayed.statusCode()).isEqualTo(302);
    assertThat(location(replayed)).contains("/sign-in");
  }

  @Test
  void signingOutWithoutTheCsrfTokenIsForbiddenAndKeepsTheSession() {
    String username = newUser();
    PageSession browser = new PageSession(baseUrl());
    browser.signIn(username, PASSWORD);

    assertThat(browser.get("/cases").statusCode()).isEqualTo(200);

    for (Map<String, String> form : List.of(Map.of("_csrf", "forged"), Map.<String, String>of())) {
      HttpResponse<String> refused = browser.post("/sign-out", form);

      assertThat(refused.statusCode()).as(form.toString()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aRevokedTokenIsUnauthorised() {
    String username = newUser();
    long userId = idOf(username);
    String token =
        tokens.create(
            userId, "Invented integration", ApiTokens.Scope.READ_WRITE, clock.today().plusDays(30));
    assertThat(apiGet(token, "/api/v1/areas").statusCode()).isEqualTo(200);
    long tokenId = tokens.activeTokens(userId).get(0).id();

    assertThat(tokens.revoke(userId, tokenId)).isTrue();

    HttpResponse<String> refused = apiGet(token, "/api/v1/areas");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  // --- helpers ---

  /** A new perpetrator worker with no team, so the demo users are never slowed by these tests. */
  private String newUser() {
    String username = TestData.marker("signin").toLowerCase();
    accounts.createUser(
        username, "Invented Signer", PASSWORD, null, List.of(Role.PERPETRATOR_WORKER));
    return username;
  }

  private long idOf(String username) {
    return jdbc.sql("SELECT id FROM app_user WHERE username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  /** Twenty wrong passwords from this address, 16 minutes apart: when the last was. */
  private Instant twentyFailuresFrom(String address, String username) {
    Instant at = clock.instant();
    for (int i = 0; i < 20; i++) {
      at = at.plus(Duration.ofMinutes(16));
      clock.travelTo(at);
      assertThat(signInFrom(address, username, "Wrong-guess-" + i)).endsWith("/sign-in?failed");
    }
    return at;
  }

  /** Where one sign-in from this address is sent on to. */
  private String signInFrom(String address, String username, String password) {
    HttpResponse<String> answer =
        new PageSession(baseUrl()).from(address).signIn(username, password);
    assertThat(answer.statusCode()).isEqualTo(302);
    return location(answer);
  }

  /**
   * A client address of the test's own, in 198.18.0.0/15 (kept for testing, and not one Tomcat
   * takes for a proxy of ours).
   */
  private static String anAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198."
        + (18 + random.nextInt(2))
        + "."
        + random.nextInt(256)
        + "."
        + (1 + random.nextInt(254));
  }

  private static String location(HttpResponse<String> response) {
    Optional<String> location = response.headers().firstValue("Location");
    assertThat(location).as("Location of a " + response.statusCode()).isPresent();
    return location.get();
  }
}
