package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestCodes;
import org.tandem.demo.DemoUsers;

/**
 * Signing in with a second factor, over plain HTTP: after a right password a user with an
 * authenticator has no access to anything until they give a right code, once.
 */
class SecondFactorSignInTest extends TandemTest {

  @Autowired SecondFactors factors;

  /** A worker of a new area with an authenticator holding this secret. */
  private TestArea.User withAuthenticator(String secret) {
    TestArea.User user = newArea().user(Role.PARTNER_SUPPORT_WORKER);
    factors.enrolWithoutConfirming(user.id(), secret);
    return user;
  }

  /** Signs in with the password only: the session is left at the code page. */
  private PageSession passwordOnly(TestArea.User user) {
    PageSession browser = new PageSession(baseUrl());
    HttpResponse<String> password = browser.signIn(user.username(), user.password());
    assertThat(password.statusCode()).isEqualTo(302);
    assertThat(location(password)).endsWith("/sign-in/code");
    return browser;
  }

  private static HttpResponse<String> giveCode(PageSession browser, String code) {
    return browser.post(
        "/sign-in/code", Map.of("code", code, "_csrf", browser.csrf("/sign-in/code")));
  }

  @Test
  void thePasswordAloneOpensNoPageAndTheRightCodeSignsIn() {
    String secret = factors.newSecret();
    TestArea.User user = withAuthenticator(secret);
    PageSession browser = passwordOnly(user);

    for (String path : List.of("/", "/cases", "/account", "/partner-support/tasks")) {
      HttpResponse<String> refused = browser.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(302);
      assertThat(location(refused)).as(path).endsWith("/sign-in");
    }
    HttpResponse<String> api = browser.get("/api/v1/areas", "Accept", "application/json");
    assertThat(api.statusCode()).as("the API with only the half-signed-in session").isEqualTo(401);
    HttpResponse<String> codePage = browser.get("/sign-in/code");
    assertThat(codePage.statusCode()).isEqualTo(200);
    assertThat(codePage.body()).contains("Enter the code from your authenticator app");
    String halfSession = browser.sessionId();

    HttpResponse<String> signedIn = giveCode(browser, TestCodes.now(secret));

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(location(signedIn)).doesNotContain("/sign-in");
    assertThat(browser.sessionId())
        .as("a new session id on full sign-in")
        .isNotEqualTo(halfSession);
    assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
    PageSession withTheOldId = new PageSession(baseUrl());
    withTheOldId.useSessionId(halfSession);
    assertThat(withTheOldId.get("/cases").statusCode()).isEqualTo(302);
  }

  @Test
  void aWrongCodeIsRefusedWithTheMessageBesideTheField() {
    String secret = factors.newSecret();
    TestArea.User user = withAuthenticator(secret);
    PageSession browser = passwordOnly(user);

    String wrong = wrongCode(secret);
    HttpResponse<String> refused = giveCode(browser, wrong);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("govuk-error-summary")
        .contains("govuk-form-group--error")
        .contains("The code is not right")
        .contains("<title>Error: ")
        .contains("value=\"" + wrong + "\"");
    HttpResponse<String> empty = giveCode(browser, "");
    assertThat(empty.body()).contains("Enter the code from your authenticator app</a>");
    assertThat(location(browser.get("/cases"))).endsWith("/sign-in");
  }

  @Test
  void aCodeIsAcceptedOnlyOnce() {
    String secret = factors.newSecret();
    TestArea.User user = withAuthenticator(secret);
    clock.travelTo(clock.instant());
    String code = TestCodes.now(secret);
    PageSession first = passwordOnly(user);
    assertThat(location(giveCode(first, code))).doesNotContain("/sign-in");

    PageSession replay = passwordOnly(user);
    HttpResponse<String> refused = giveCode(replay, code);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("The code is not right");
    assertThat(location(replay.get("/cases"))).endsWith("/sign-in");
  }

  @Test
  void aRecoveryCodeSignsInOnceOnly() {
    TestArea.User user = withAuthenticator(factors.newSecret());
    List<String> codes = factors.newRecoveryCodes(user.id());
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();

    PageSession browser = passwordOnly(user);
    assertThat(location(giveCode(browser, codes.get(3).toUpperCase()))).doesNotContain("/sign-in");
    assertThat(browser.get("/cases").statusCode()).isEqualTo(200);

    PageSession again = passwordOnly(user);
    assertThat(giveCode(again, codes.get(3)).body()).contains("The code is not right");
    assertThat(location(giveCode(again, codes.get(4)))).doesNotContain("/sign-in");

    List<String> newCodes = factors.newRecoveryCodes(user.id());
    PageSession withAnOldCode = passwordOnly(user);
    assertThat(giveCode(withAnOldCode, codes.get(5)).body())
        .as("an old code after new ones are made")
        .contains("The code is not right");
    assertThat(location(giveCode(withAnOldCode, newCodes.get(0)))).doesNotContain("/sign-in");
  }

  @Test
  void fiveWrongCodesEndTheHalfSignIn() {
    String secret = factors.newSecret();
    TestArea.User user = withAuthenticator(secret);
    PageSession browser = passwordOnly(user);
    String csrf = browser.csrf("/sign-in/code");
    String wrong = wrongCode(secret);
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> refused =
          browser.post("/sign-in/code", Map.of("code", wrong, "_csrf", csrf));
      assertThat(refused.statusCode()).isEqualTo(200);
    }

    HttpResponse<String> fifth =
        browser.post("/sign-in/code", Map.of("code", wrong, "_csrf", csrf));

    assertThat(fifth.statusCode()).isEqualTo(302);
    assertThat(location(fifth)).endsWith("/sign-in/code?ended");
    assertThat(browser.get("/sign-in/code?ended").body()).contains("Sign in again");
    HttpResponse<String> tooLate =
        browser.post("/sign-in/code", Map.of("code", TestCodes.now(secret), "_csrf", csrf));
    assertThat(location(tooLate)).endsWith("/sign-in/code");
    assertThat(location(browser.get("/cases"))).endsWith("/sign-in");
  }

  @Test
  void wrongCodesCountOverEverySignInAndThenEveryCodeIsRefusedForAWhile() {
    String secret = factors.newSecret();
    TestArea.User user = withAuthenticator(secret);
    clock.travelTo(clock.instant());
    String wrong = wrongCode(secret);
    PageSession first = passwordOnly(user);
    for (int i = 0; i < 4; i++) {
      assertThat(giveCode(first, wrong).statusCode()).isEqualTo(200);
    }

    PageSession second = passwordOnly(user);
    HttpResponse<String> fifth = giveCode(second, wrong);

    assertThat(location(fifth))
        .as("the fifth wrong code in a row, in a new sign-in")
        .endsWith("/sign-in/code?ended");
    PageSession third = passwordOnly(user);
    assertThat(location(giveCode(third, TestCodes.now(secret))))
        .as("even the right code, for a while")
        .endsWith("/sign-in/code?ended");
    assertThat(location(third.get("/cases"))).endsWith("/sign-in");

    clock.travelTo(clock.instant().plus(SecondFactors.PAUSE).plusSeconds(60));
    PageSession later = passwordOnly(user);
    assertThat(location(giveCode(later, TestCodes.now(secret)))).doesNotContain("/sign-in");
    assertThat(later.get("/cases").statusCode()).isEqualTo(200);
  }

  @Test
  void theDemoPartnerSupportWorkerHasTheReadmesAuthenticator() {
    PageSession browser = new PageSession(baseUrl());
    HttpResponse<String> password =
        browser.signIn(DemoUsers.WITH_AUTHENTICATOR, DemoUsers.PASSWORD);
    assertThat(location(password)).endsWith("/sign-in/code");
    jdbc.sql("UPDATE app_user SET totp_last_step = NULL WHERE username = :u")
        .param("u", DemoUsers.WITH_AUTHENTICATOR)
        .update();

    assertThat(location(giveCode(browser, TestCodes.now(DemoUsers.AUTHENTICATOR_SECRET))))
        .doesNotContain("/sign-in");
    assertThat(browser.get("/partner-support/tasks").statusCode()).isEqualTo(200);
    assertThat(location(new PageSession(baseUrl()).signIn("intake", DemoUsers.PASSWORD)))
        .as("the other demo users need only their password")
        .doesNotContain("/sign-in");
  }

  /** Six digits that are none of the codes the app shows a step either side of now. */
  private static String wrongCode(String secret) {
    java.time.Instant now = clock.instant();
    List<String> right =
        List.of(
            TestCodes.at(secret, now.minusSeconds(30)),
            TestCodes.at(secret, now),
            TestCodes.at(secret, now.plusSeconds(30)),
            TestCodes.at(secret, now.plusSeconds(60)));
    int candidate = Integer.parseInt(right.get(1));
    String wrong;
    do {
      candidate = (candidate + 1) % 1_000_000;
      wrong = String.format("%06d", candidate);
    } while (right.contains(wrong));
    return wrong;
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
