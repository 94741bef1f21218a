package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the security filters answer, before any page or controller knows the language, is in the
 * reader's language all the same: an API caller whose cookie (or address) chose Welsh is told in
 * Welsh that a token is missing, not valid or only reads, and a Welsh worker refused a page reads
 * why in Welsh. A weak new password is explained in Welsh, the password checker's advice too. In
 * English every word is as it was.
 */
class WelshSecurityAnswersTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Autowired ApiTokens tokens;
  @Autowired Accounts accounts;

  @Test
  void aCallerWithNoTokenIsToldHowToSendOneInTheirLanguage() {
    JsonNode welsh = problem(call(null, "GET", "/api/v1/areas", "cy"), 401);
    assertThat(welsh.get("title").asString()).isEqualTo("Mae angen dilysu");
    assertThat(welsh.get("detail").asString())
        .isEqualTo(
            "Anfonwch docyn API personol fel 'Authorization: Bearer <token>'. Crëwch un ar"
                + " dudalen eich cyfrif.");

    // The address's ?lang= chooses as it does for a page.
    assertThat(problem(call(null, "GET", "/api/v1/areas?lang=cy", null), 401).get("title"))
        .hasToString("\"Mae angen dilysu\"");

    JsonNode english = problem(call(null, "GET", "/api/v1/areas", null), 401);
    assertThat(english.get("title").asString()).isEqualTo("Authentication required");
    assertThat(english.get("detail").asString())
        .isEqualTo(
            "Send a personal API token as 'Authorization: Bearer <token>'. Create one on your"
                + " account page.");
    assertThat(problem(call(null, "GET", "/api/v1/areas", "en"), 401)).isEqualTo(english);
  }

  @Test
  void aTokenThatIsNotValidIsRefusedInTheCallersLanguage() {
    HttpResponse<String> refused = call("tdm_invented_never_made", "GET", "/api/v1/areas", "cy");
    JsonNode welsh = problem(refused, 401);
    assertThat(welsh.get("title").asString())
        .isEqualTo("Nid yw'r tocyn yn ddilys neu mae wedi dod i ben");
    assertThat(welsh.get("detail").asString())
        .isEqualTo("Crëwch docyn newydd ar dudalen eich cyfrif.");
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");

    JsonNode english = problem(call("tdm_invented_never_made", "GET", "/api/v1/areas", null), 401);
    assertThat(english.get("title").asString()).isEqualTo("The token is not valid or has expired");
    assertThat(english.get("detail").asString())
        .isEqualTo("Create a new token on your account page.");
  }

  @Test
  void aReadOnlyTokenThatWritesIsRefusedInTheCallersLanguage() {
    TestArea area = newArea();
    String readOnly =
        tokens.create(
            area.user(Role.INTAKE).id(),
            "Invented dashboard",
            ApiTokens.Scope.READ_ONLY,
            clock.today().plusDays(30));
    String referral = AReferral.in(area).json();

    JsonNode welsh = problem(call(readOnly, "POST", "/api/v1/referrals", "cy", referral), 403);
    assertThat(welsh.get("title").asString())
        .isEqualTo("Dim ond darllen y gall y tocyn hwn ei wneud");
    assertThat(welsh.get("detail").asString())
        .isEqualTo(
            "Cafodd ei greu i ddarllen yn unig. I newid cofnodion, crëwch docyn darllen ac"
                + " ysgrifennu ar dudalen eich cyfrif.");

    JsonNode english = problem(call(readOnly, "POST", "/api/v1/referrals", "en", referral), 403);
    assertThat(english.get("title").asString()).isEqualTo("This token can only read");
    assertThat(english.get("detail").asString())
        .isEqualTo(
            "It was made read-only. To change records, create a read-write token on your account"
                + " page.");
  }

  @Test
  void aWelshWorkerRefusedAPageOrAFormWithoutItsTokenReadsWhyInWelsh() {
    PageSession intake = signedIn(newArea().user(Role.INTAKE));
    intake.get("/account?lang=cy");

    HttpResponse<String> role = intake.get("/admin/users");
    assertThat(role.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(role.body()).select("h1").text())
        .isEqualTo("Ni allwch weld y dudalen hon");
    assertThat(role.body()).doesNotContain("You cannot see this page");

    // A form sent without its CSRF token is refused by the filters, before any controller.
    HttpResponse<String> forged =
        intake.post("/account/password", Map.of("currentPassword", "x", "newPassword", "y"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(forged.body()).select("h1").text())
        .isEqualTo("Ni allwch weld y dudalen hon");
  }

  @Test
  void aWeakNewPasswordIsExplainedInWelshTheCheckersAdviceToo() {
    String username = TestData.marker("pw").toLowerCase(Locale.ROOT);
    PageSession browser = personWithPassword(username, "Invented Ferrywoman");
    browser.get("/account?lang=cy");

    assertThat(besideTheNewPassword(browser, "aaaaaaaaaaaa"))
        .isEqualTo(
            "Gwall: Dewiswch gyfrinair sy'n anoddach ei ddyfalu. Mae ailadrodd fel \"aaa\" yn"
                + " hawdd ei ddyfalu. Osgowch ailadrodd geiriau a nodau.");
    for (String weak : List.of("password1234", "qwertyuiop12", "Password2026!", "abcdefghijkl")) {
      assertThat(besideTheNewPassword(browser, weak))
          .as(weak)
          .startsWith("Gwall: Dewiswch gyfrinair sy'n anoddach ei ddyfalu. ")
          .doesNotContain("password", "guess", "Avoid", "Add another", "Use a");
    }

    browser.get("/account?lang=en");
    assertThat(besideTheNewPassword(browser, "aaaaaaaaaaaa"))
        .isEqualTo(
            "Error: Choose a password that is harder to guess. Repeats like \"aaa\" are easy to"
                + " guess. Avoid repeated words and characters.");
  }

  /** A person of their own, so that changing their password touches no one else. */
  private PageSession personWithPassword(String username, String name) {
    accounts.createUser(username, name, "Invented-pass-2026", null, List.of(Role.INTAKE));
    return PageSession.signedIn(baseUrl(), username, "Invented-pass-2026");
  }

  private static String besideTheNewPassword(PageSession browser, String replacement) {
    HttpResponse<String> refused =
        browser.post(
            "/account/password",
            Map.of(
                "_csrf",
                browser.csrf("/account"),
                "currentPassword",
                "Invented-pass-2026",
                "newPassword",
                replacement,
                "confirmPassword",
                replacement));
    assertThat(refused.statusCode()).as(replacement).isEqualTo(200);
    return Jsoup.parse(refused.body()).select("#newPassword-error").text();
  }

  private HttpResponse<String> call(String token, String method, String path, String language) {
    return call(token, method, path, language, null);
  }

  private HttpResponse<String> call(
      String token, String method, String path, String language, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      b.header("Cookie", "tandem-language=" + language);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return send(
        b.method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** The problem details, checked to be well-formed and to say nothing of how the server failed. */
  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception", "at org.", "stack");
    return JSON.readTree(response.body());
  }
}
