package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestData;

/** Signing in and out through the form, lockout, and revoked API tokens, over plain HTTP. */
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
    PageSession browser = new PageSession(baseUrl());

    HttpResponse<String> failed = browser.signIn(username, "Not-the-password");

    assertThat(failed.statusCode()).isEqualTo(302);
    assertThat(location(failed)).endsWith("/sign-in?failed");
    assertThat(location(browser.get("/cases"))).contains("/sign-in");
  }

  @Test
  void fiveWrongPasswordsLockTheAccount() {
    String username = newUser();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> failed = new PageSession(baseUrl()).signIn(username, "Wrong-guess-" + i);
      assertThat(failed.statusCode()).isEqualTo(302);
      assertThat(location(failed)).contains("/sign-in?");
    }

    PageSession browser = new PageSession(baseUrl());
    HttpResponse<String> locked = browser.signIn(username, PASSWORD);

    assertThat(locked.statusCode()).isEqualTo(302);
    assertThat(location(locked)).endsWith("/sign-in?locked");
    assertThat(location(browser.get("/cases"))).contains("/sign-in");
    HttpResponse<String> page = browser.get("/sign-in?locked");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("This account is locked");
  }

  @Test
  void fewerThanFiveWrongPasswordsDoNotLock() {
    String username = newUser();
    for (int i = 0; i < 4; i++) {
      assertThat(location(new PageSession(baseUrl()).signIn(username, "Wrong-guess-" + i)))
          .endsWith("/sign-in?failed");
    }

    assertThat(location(new PageSession(baseUrl()).signIn(username, PASSWORD)))
        .doesNotContain("/sign-in");
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
    long userId =
        jdbc.sql("SELECT id FROM app_user WHERE username = :u")
            .param("u", username)
            .query(Long.class)
            .single();
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

  /** A new perpetrator worker with no team, so the demo users are never locked by these tests. */
  private String newUser() {
    String username = TestData.marker("signin").toLowerCase();
    accounts.createUser(
        username, "Invented Signer", PASSWORD, null, List.of(Role.PERPETRATOR_WORKER));
    return username;
  }

  private static String location(HttpResponse<String> response) {
    Optional<String> location = response.headers().firstValue("Location");
    assertThat(location).as("Location of a " + response.statusCode()).isPresent();
    return location.get();
  }
}
