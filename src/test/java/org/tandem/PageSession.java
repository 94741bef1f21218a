package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Just enough of a browser for tests that read pages over plain HTTP: it keeps the session cookie
 * as the server sets and clears it, and reads the CSRF token from a page's forms.
 */
public final class PageSession {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  /**
   * The code a user with an authenticator gives after their password, by username, or null for a
   * user without one: set by {@link TandemTest}, which knows the demo user's secret.
   */
  static volatile Function<String, String> secondFactorCodes = username -> null;

  private final String baseUrl;
  private String sessionId;
  private String forwardedFor;

  public PageSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Sends every request as if from this client address, as the council's proxy would say in
   * X-Forwarded-For (believed from loopback): how a test is a stranger somewhere else.
   */
  public PageSession from(String clientAddress) {
    this.forwardedFor = clientAddress;
    return this;
  }

  /** A session signed in through the real sign-in form; fails the test if sign-in fails. */
  public static PageSession signedIn(String baseUrl, String username, String password) {
    PageSession session = new PageSession(baseUrl);
    HttpResponse<String> signedIn = session.signIn(username, password);
    assertThat(signedIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
    if (signedIn.headers().firstValue("Location").orElse("").endsWith("/sign-in/code")) {
      String code = secondFactorCodes.apply(username);
      assertThat(code).as(username + " has an authenticator; the code to give").isNotNull();
      signedIn =
          session.post(
              "/sign-in/code", Map.of("code", code, "_csrf", session.csrf("/sign-in/code")));
      assertThat(signedIn.statusCode()).as("second factor of " + username).isEqualTo(302);
    }
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("/sign-in"));
    return session;
  }

  /** Fills in and submits the sign-in form; the response is the form's redirect. */
  public HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> form = get("/sign-in");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(sessionId).as("a session cookie from the sign-in page").isNotNull();
    return post(
        "/sign-in", Map.of("username", username, "password", password, "_csrf", csrf(form)));
  }

  public HttpResponse<String> get(String path) {
    return remember(TandemTest.send(request(path).GET().build()));
  }

  /** A GET carrying one more header, such as the one that asks for a request's statements. */
  public HttpResponse<String> get(String path, String header, String value) {
    return remember(TandemTest.send(request(path).header(header, value).GET().build()));
  }

  /** A GET whose body is bytes, such as a PDF. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      HttpResponse<byte[]> response =
          TandemTest.HTTP.send(
              request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return response;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return remember(
        TandemTest.send(
            request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()));
  }

  /** The CSRF token of this session, read from the forms of the page at this path. */
  public String csrf(String path) {
    return csrf(get(path));
  }

  public static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("a _csrf input in the page").isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** The session id the server last set, or null once it has cleared it. */
  public String sessionId() {
    return sessionId;
  }

  /** Uses another session's id, as a browser holding an old cookie would. */
  public void useSessionId(String id) {
    this.sessionId = id;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html");
    if (sessionId != null) {
      builder.header("Cookie", "JSESSIONID=" + sessionId);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      if (cookie.startsWith("JSESSIONID=")) {
        String value = cookie.substring("JSESSIONID=".length()).split(";", 2)[0];
        boolean expired = value.isEmpty() || cookie.toLowerCase(Locale.ROOT).contains("max-age=0");
        sessionId = expired ? null : value;
      }
    }
    return response;
  }
}
