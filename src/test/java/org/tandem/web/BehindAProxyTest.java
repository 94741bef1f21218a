package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;

/**
 * Behind the council's proxy, which ends TLS and says so in {@code X-Forwarded-Proto}, Tandem knows
 * the browser's connection is secure: the session cookie is never sent over plain HTTP, and
 * browsers are told to use HTTPS from then on (HSTS). Without the header, as on a developer's
 * machine, neither is claimed.
 */
class BehindAProxyTest extends TandemTest {

  @Test
  void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() {
    HttpResponse<String> page =
        new PageSession(baseUrl()).get("/sign-in", "X-Forwarded-Proto", "https");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(sessionCookie(page)).as("the session cookie").containsIgnoringCase("; Secure");
    assertThat(page.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
  }

  @Test
  void overPlainHttpNeitherIsClaimed() {
    HttpResponse<String> page = new PageSession(baseUrl()).get("/sign-in");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(sessionCookie(page)).doesNotContainIgnoringCase("secure");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static String sessionCookie(HttpResponse<String> page) {
    List<String> cookies = page.headers().allValues("Set-Cookie");
    return cookies.stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
  }
}
