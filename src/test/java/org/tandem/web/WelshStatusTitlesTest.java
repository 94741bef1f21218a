package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem titled by its status alone ("Not Found", "Method Not Allowed") is titled in the
 * caller's language: a Welsh reader of the API gets a Welsh title for every 4xx, whichever part of
 * the service answered it; an English reader gets the reason phrase, as always.
 */
class WelshStatusTitlesTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void everyErrorStatusHasItsTitleInWelshAndItsReasonPhraseInEnglish() throws IOException {
    Properties english = load("messages.properties");
    Properties welsh = load("messages_cy.properties");
    List<String> wrong = new ArrayList<>();
    for (HttpStatus status : HttpStatus.values()) {
      if (status.value() < 400) {
        continue;
      }
      String key = "web.api.status." + status.value();
      // Two names for one code (413, 422): the one Spring answers with is the first.
      String phrase = HttpStatus.valueOf(status.value()).getReasonPhrase();
      if (!phrase.equals(english.getProperty(key))) {
        wrong.add(key + " in English is not '" + phrase + "'");
      }
      String cy = welsh.getProperty(key);
      if (cy == null || cy.isBlank() || cy.equals(phrase)) {
        wrong.add(key + " has no Welsh");
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(WebWords.title(Languages.WELSH, HttpStatus.METHOD_NOT_ALLOWED))
        .isEqualTo("Dull heb ei ganiatáu");
    assertThat(WebWords.title(Languages.ENGLISH, HttpStatus.METHOD_NOT_ALLOWED))
        .isEqualTo("Method Not Allowed");
  }

  @Test
  void aWelshCallerGetsAWelshTitleForEachRefusal() {
    TestArea area = newArea();
    String worker = area.token(Role.PERPETRATOR_WORKER);
    String intake = area.token(Role.INTAKE);

    // 400: the firewall refuses an address with a ';' in it before any controller.
    assertTitles(call(worker, "GET", "/api/v1/cases;x=1", null, null), 400, "Cais gwallus");
    // 400: a body that is not JSON, from the API's own handler.
    assertTitles(
        call(intake, "POST", "/api/v1/referrals", "application/json", "{not json"),
        400,
        "Cais na ellir ei ddarllen");
    // 404: an address nothing answers.
    assertTitles(
        call(worker, "GET", "/api/v1/no-such-xq7", null, null), 404, "Heb ddod o hyd iddo");
    // 405: a method the address does not take.
    assertTitles(call(intake, "PATCH", "/api/v1/cases", null, null), 405, "Dull heb ei ganiatáu");
    // 409: a second correction of a note from the same reading.
    assertTitles(twiceCorrected(area, worker), 409, "Gwrthdaro wrth olygu");
    // 415: a body of a type the address does not take.
    assertTitles(
        call(intake, "POST", "/api/v1/referrals", "text/plain", "{}"),
        415,
        "Math o gyfrwng heb ei gefnogi");
  }

  @Test
  void anEnglishCallerGetsTheTitlesAsTheyWere() {
    TestArea area = newArea();
    String worker = area.token(Role.PERPETRATOR_WORKER);

    assertThat(
            problem(call(worker, "GET", "/api/v1/cases;x=1", null, null, "en"), 400)
                .get("title")
                .asString())
        .isEqualTo("Bad Request");
    assertThat(
            problem(call(worker, "GET", "/api/v1/no-such-xq7", null, null, "en"), 404)
                .get("title")
                .asString())
        .isEqualTo("Not Found");
    assertThat(
            problem(call(worker, "PATCH", "/api/v1/cases", null, null, "en"), 405)
                .get("title")
                .asString())
        .isEqualTo("Method Not Allowed");
  }

  /** The Welsh title for a Welsh caller, and for an English one the title it always had. */
  private void assertTitles(HttpResponse<String> welsh, int status, String title) {
    JsonNode cy = problem(welsh, status);
    assertThat(cy.get("title").asString()).as(welsh.uri().toString()).isEqualTo(title);
    HttpResponse<String> again =
        send(
            HttpRequest.newBuilder(welsh.request(), (n, v) -> !n.equalsIgnoreCase("Cookie"))
                .build());
    assertThat(again.statusCode()).isEqualTo(status);
    assertThat(JSON.readTree(again.body()).get("title").asString())
        .as(again.uri().toString())
        .isNotEqualTo(title);
  }

  private HttpResponse<String> twiceCorrected(TestArea area, String worker) {
    Family family = newFamily(area);
    String notes = family.path() + "/notes";
    HttpResponse<String> created =
        apiPost(
            worker,
            notes,
            """
            {"kind": "THIRD_PARTY", "happenedOn": "%s", "text": "Invented: said Tuesday",
             "restricted": false}
            """
                .formatted(clock.today()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).get("id").asLong();
    String correct =
        """
        {"text": "Invented: said Thursday", "reason": "Misheard the day", "basedOn": 0}
        """;
    String corrections = notes + "/" + id + "/corrections";
    assertThat(apiPost(worker, corrections, correct).statusCode()).isEqualTo(201);
    return call(worker, "POST", corrections, "application/json", correct);
  }

  private HttpResponse<String> call(
      String token, String method, String path, String type, String body) {
    return call(token, method, path, type, body, "cy");
  }

  private HttpResponse<String> call(
      String token, String method, String path, String type, String body, String language) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Cookie", LanguageResolver.COOKIE + "=" + language);
    if (type != null) {
      b.header("Content-Type", type);
    }
    return send(
        b.method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    String what = response.request().method() + " " + response.uri() + ": " + response.body();
    assertThat(response.statusCode()).as(what).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).as(what).doesNotContain("Exception", "at org.", "SQL");
    return JSON.readTree(response.body());
  }

  private static Properties load(String bundle) throws IOException {
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
