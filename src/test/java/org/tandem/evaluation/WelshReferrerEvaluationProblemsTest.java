package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A Welsh reader is told what is missing from a referrer's evaluation in Welsh, on the page and in
 * the API; an English reader as before.
 */
class WelshReferrerEvaluationProblemsTest extends TandemTest {

  @Test
  void aWelshPageSaysWhatIsMissingInWelsh() {
    TestArea area = newArea();
    String reference = newCase(area);
    PageSession intake = signedIn(area.user(Role.INTAKE));
    String path = "/cases/" + reference + "/referrer-evaluation";
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", intake.csrf(path + "?lang=cy"));
    form.put("receivedOn.day", "31");
    form.put("receivedOn.month", "2");
    form.put("receivedOn.year", "2026");

    Document page = Jsoup.parse(intake.post(path, form).body());

    assertThat(page.select("#receivedOn-error").text()).contains("Y dyddiad y'i cafwyd");
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Dewiswch pa mor ddefnyddiol oedd yr asesiad ym marn yr atgyfeiriwr")
        .doesNotContain("Select how useful");
  }

  @Test
  void aWelshApiCallerIsToldInWelshAndAnEnglishOneAsBefore() {
    TestArea area = newArea();
    String reference = newCase(area);
    String token = area.token(Role.INTAKE);
    String path = "/api/v1/cases/" + reference + "/referrer-evaluations";

    HttpResponse<String> welsh = post(token, "cy", path, "{}");
    assertThat(welsh.statusCode()).isEqualTo(400);
    assertThat(welsh.body())
        .contains(
            "Rhowch y dyddiad y cawsoch y gwerthusiad",
            "Dewiswch pa mor ddiogel yw hi ar ôl y gwaith ym marn yr atgyfeiriwr")
        .doesNotContain("Select how");
    assertThat(post(token, "en", path, "{}").body())
        .contains(
            "Enter the date you received the evaluation",
            "Select how safe the referrer thinks she is after the work");
  }

  /** An API POST from a caller whose browser chose this language. */
  private HttpResponse<String> post(String token, String language, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Cookie", "tandem-language=" + language)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
