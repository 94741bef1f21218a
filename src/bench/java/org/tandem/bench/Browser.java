package org.tandem.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One practitioner's browser (or API client) outside the load: for capturing SQL and exports. */
final class Browser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String username;

  Browser(String username) {
    this.username = username;
  }

  /** Signs in through the form with its CSRF token, as a browser does. */
  Browser signIn() throws IOException, InterruptedException {
    String form = get("/sign-in", false).body();
    Matcher m = CSRF.matcher(form);
    if (!m.find()) {
      throw new IllegalStateException("No CSRF token on the sign-in page");
    }
    String body =
        "username="
            + enc(username)
            + "&password="
            + enc(Bench.PASSWORD)
            + "&_csrf="
            + enc(m.group(1));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(Bench.BASE + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException(username + " could not sign in: " + r.statusCode());
    }
    return this;
  }

  HttpResponse<String> get(String path, boolean api) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Bench.BASE + path)).timeout(Duration.ofMinutes(2));
    if (api) {
      b.header("Authorization", "Bearer " + Bench.token(username))
          .header("Accept", "application/json");
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(username + " GET " + path + " answered " + r.statusCode());
    }
    return r;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
