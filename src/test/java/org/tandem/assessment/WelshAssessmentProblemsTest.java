package org.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A Welsh reader is told what is wrong with an assessment session or the DASH indicators in Welsh,
 * and sees the banner after a save in Welsh; an English reader as before.
 */
class WelshAssessmentProblemsTest extends TandemTest {

  private TestArea area;
  private String reference;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    reference = newCase(area);
  }

  @Test
  void aWelshSessionPageSaysItsProblemAndItsBannerInWelsh() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String path = "/cases/" + reference + "/assessment";
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", worker.csrf(path + "/sessions/new?lang=cy"));
    form.put("heldOn.day", String.valueOf(clock.today().getDayOfMonth()));
    form.put("heldOn.month", String.valueOf(clock.today().getMonthValue()));
    form.put("heldOn.year", String.valueOf(clock.today().getYear()));
    form.put("durationMinutes", "an hour");

    Document refused = Jsoup.parse(worker.post(path + "/sessions", form).body());

    assertThat(refused.select("#durationMinutes-error").text())
        .contains("Rhowch faint o amser a gymerodd y sesiwn fel nifer o funudau, fel 90");
    assertThat(refused.text()).doesNotContain("as a number of minutes");

    form.put("durationMinutes", "90");
    assertThat(worker.post(path + "/sessions", form).statusCode()).isEqualTo(302);
    assertThat(worker.get(path).body())
        .contains("Sesiwn wedi&#39;i hychwanegu")
        .doesNotContain("Session added");
  }

  @Test
  void aWelshApiCallerIsToldInWelshAndAnEnglishOneAsBefore() {
    String token = area.token(Role.PERPETRATOR_WORKER);
    String path = "/api/v1/cases/" + reference + "/assessment/dash";
    String json = "{\"answers\": {}, \"judgement\": \"Invented\"}";

    HttpResponse<String> welsh = put(token, "cy", path, json);
    assertThat(welsh.statusCode()).isEqualTo(400);
    assertThat(welsh.body())
        .contains(
            "Atebwch ddangosydd 1: ydy, nac ydy neu ddim yn hysbys",
            "Atebwch ddangosydd 24: ydy, nac ydy neu ddim yn hysbys")
        .doesNotContain("Answer indicator");

    assertThat(put(token, "en", path, json).body())
        .contains(
            "Answer indicator 1: yes, no or not known",
            "The assessment version is missing: reload the page and try again");
  }

  /** An API PUT from a caller whose browser chose this language. */
  private HttpResponse<String> put(String token, String language, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Cookie", "tandem-language=" + language)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
