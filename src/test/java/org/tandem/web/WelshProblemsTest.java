package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sentences web makes in Java speak the reader's language: a date's problem beside its field
 * for a worker who chose Welsh, and the API's problem details for a caller whose cookie chose
 * Welsh; in English they read as they always have.
 */
class WelshProblemsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void aDateThatIsNotRealIsRefusedBesideItsFieldInTheWorkersLanguage() {
    TestArea area = newArea();
    Family family = newFamily(area);
    String notes = "/cases/" + family.reference() + "/notes";

    PageSession welsh = signedIn(area.user(Role.PERPETRATOR_WORKER));
    welsh.get(notes + "/new?lang=cy");
    String besideInWelsh = besideTheDate(welsh.post(notes, impossibleDate(welsh, notes)));
    assertThat(besideInWelsh).contains("rhaid iddo fod yn ddyddiad go iawn");
    assertThat(besideInWelsh).doesNotContain("must be a real date");

    // The same worker, having switched back to English.
    PageSession english = signedIn(area.user(Role.PERPETRATOR_WORKER));
    english.get(notes + "/new?lang=en");
    assertThat(besideTheDate(english.post(notes, impossibleDate(english, notes))))
        .contains("The date it happened must be a real date");
  }

  @Test
  void aDateMissingAPartSaysSoInWelsh() {
    DateInput typed = new DateInput();
    typed.setDay("27");
    typed.setYear("2026");
    try {
      LocaleContextHolder.setLocale(Languages.WELSH);
      assertThat(typed.problem("Dyddiad yr adolygiad"))
          .isEqualTo("Dyddiad yr adolygiad: rhaid iddo gynnwys diwrnod, mis a blwyddyn");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
    assertThat(typed.problem("The date of the review"))
        .isEqualTo("The date of the review must include a day, month and year");
  }

  @Test
  void aCaseThatIsNotThereIsA404InTheCallersLanguage() {
    String token = newArea().token(Role.PERPETRATOR_WORKER);

    JsonNode welsh = problem(withCookie(token, "/api/v1/cases/NOPE-0001", "cy"), 404);
    assertThat(welsh.get("title").asString()).isEqualTo("Heb ddod o hyd iddo");
    assertThat(welsh.get("detail").asString()).isEqualTo("Nid oes dim yma y gallwch ei weld.");

    JsonNode english = problem(withCookie(token, "/api/v1/cases/NOPE-0001", "en"), 404);
    assertThat(english.get("title").asString()).isEqualTo("Not found");
    assertThat(english.get("detail").asString()).isEqualTo("No case NOPE-0001 that you can see");
    assertThat(problem(apiGet(token, "/api/v1/cases/NOPE-0001"), 404).get("title").asString())
        .isEqualTo("Not found");
  }

  @Test
  void aRoleThatMayNotAskIsRefusedInTheCallersLanguage() {
    String token = newArea().token(Role.COMMISSIONER);

    JsonNode welsh = problem(withCookie(token, "/api/v1/cases", "cy"), 403);
    assertThat(welsh.get("title").asString()).isEqualTo("Gwaharddedig");
    assertThat(welsh.get("detail").asString()).isEqualTo("Nid yw eich rôl yn caniatáu'r cais hwn.");
    assertThat(problem(apiGet(token, "/api/v1/cases"), 403).get("detail").asString())
        .isEqualTo("Your role does not allow this request.");
  }

  @Test
  void aBodyTooLargeIsRefusedInTheCallersLanguage() {
    String token = newArea().token(Role.INTAKE);
    String body = "{\"reason\": \"" + "r".repeat(2 * 1024 * 1024) + "\"}";

    HttpResponse<String> refused =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referrals"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Cookie", LanguageResolver.COOKIE + "=cy")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());

    JsonNode problem = problem(refused, 413);
    assertThat(problem.get("title").asString()).isEqualTo("Mae'r cynnwys yn rhy fawr");
    assertThat(problem.get("detail").asString()).startsWith("Mae corff y cais dros 1 MB");
  }

  private static Map<String, String> impossibleDate(PageSession session, String notes) {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", session.csrf(notes + "/new"));
    form.put("kind", "CONTACT");
    form.put("happenedOn.day", "31");
    form.put("happenedOn.month", "2");
    // The 31st of February, in no year at all.
    form.put("happenedOn.year", "2026");
    form.put("text", "Invented: a date that never was");
    return form;
  }

  private static String besideTheDate(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    return Jsoup.parse(page.body()).select("#happenedOn-error").text();
  }

  private HttpResponse<String> withCookie(String token, String path, String language) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Cookie", LanguageResolver.COOKIE + "=" + language)
            .GET()
            .build());
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }
}
