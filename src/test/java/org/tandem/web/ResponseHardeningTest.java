package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * What every response tells the browser, whoever asks: pages about families are never kept in a
 * shared or browser cache, never framed by another site, never sniffed into another type, and no
 * response names the server software an attacker would look up. The session cookie cannot be read
 * by script or sent from another site, a new one is issued at sign-in, and it never appears in a
 * link.
 */
class ResponseHardeningTest extends TandemTest {

  @Test
  void aSignedInPageIsNotCachedFramedOrSniffed() {
    TestArea area = newArea();
    HttpResponse<String> page = signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/cases");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(header(page, "Cache-Control")).contains("no-store");
    assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
    assertThat(header(page, "Content-Security-Policy"))
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
    assertThat(header(page, "Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
  }

  @Test
  void anApiAnswerIsNotCachedOrSniffedAndSaysItsType() {
    TestArea area = newArea();
    HttpResponse<String> answer = apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/cases");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(header(answer, "Cache-Control")).contains("no-store");
    assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(answer, "Content-Type")).startsWith("application/json");
  }

  @Test
  void noResponseNamesTheServerSoftware() {
    for (HttpResponse<String> response :
        List.of(
            new PageSession(baseUrl()).get("/sign-in"),
            new PageSession(baseUrl()).get("/no-such-page"),
            apiGet("tdm_not_a_token", "/api/v1/cases"))) {
      assertThat(response.headers().firstValue("Server")).isEmpty();
      assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
      assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Spring");
    }
  }

  @Test
  void theSessionCookieIsHiddenFromScriptAndOtherSites() {
    HttpResponse<String> page = new PageSession(baseUrl()).get("/sign-in");

    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
  }

  @Test
  void signingInIssuesANewSessionId() {
    TestArea.User worker = newArea().user(Role.PERPETRATOR_WORKER);
    PageSession browser = new PageSession(baseUrl());
    browser.get("/sign-in");
    String before = browser.sessionId();

    browser.signIn(worker.username(), worker.password());

    assertThat(before).isNotNull();
    assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
  }

  @Test
  void theSessionIdIsNeverPutInALink() {
    PageSession browser = new PageSession(baseUrl());
    browser.get("/sign-in");

    HttpResponse<String> toSignIn = browser.get("/cases");

    assertThat(toSignIn.statusCode()).isEqualTo(302);
    assertThat(header(toSignIn, "Location")).doesNotContainIgnoringCase("jsessionid");
    assertThat(browser.get("/sign-in").body()).doesNotContainIgnoringCase("jsessionid");
  }

  @Test
  void passwordsAreKeptOnlyAsSaltedSlowHashes() {
    TestArea.User worker = newArea().user(Role.PERPETRATOR_WORKER);

    String hash =
        jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?")
            .param(worker.id())
            .query(String.class)
            .single();

    // bcrypt with a cost of at least 10 (ASVS 2.4.4), its salt inside the hash.
    assertThat(hash)
        .doesNotContain(worker.password())
        .matches("\\{bcrypt}\\$2[aby]\\$1\\d\\$.{53}");
  }

  private static String header(HttpResponse<String> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + " header"));
  }
}
