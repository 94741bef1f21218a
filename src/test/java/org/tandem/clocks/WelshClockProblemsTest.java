package org.tandem.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;

/**
 * A Welsh reader is told what is wrong with an attempt to reach him, or with the clocks' targets,
 * in Welsh, beside the field and in the API's problem details; an English reader as before.
 */
class WelshClockProblemsTest extends TandemTest {

  @Test
  void aWelshAttemptPageSaysItsProblemsInWelsh() {
    TestArea area = newArea();
    String reference = newCase(area);
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", worker.csrf("/cases/" + reference + "/contact-attempts/new?lang=cy"));
    form.put("attemptedOn.day", "31");
    form.put("attemptedOn.month", "2");
    form.put("attemptedOn.year", "2026");
    form.put("attemptedAt", "half past nine");

    Document page =
        Jsoup.parse(worker.post("/cases/" + reference + "/contact-attempts", form).body());

    assertThat(page.select("#attemptedAt-error").text())
        .contains("Rhowch yr amser mewn oriau a munudau, er enghraifft 14:30");
    assertThat(page.select("#attemptedOn-error").text()).contains("Dyddiad yr ymgais");
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Dewiswch sut y gwnaethoch geisio cysylltu ag ef")
        .doesNotContain("Enter the time", "Select how");
  }

  @Test
  void aWelshApiCallerIsToldInWelshAndAnEnglishOneAsBefore() {
    TestArea area = newArea();
    LocalDate referred = clock.today().minusDays(5);
    String reference = newCase(area, AReferral.in(area).referredOn(referred));
    String token = area.token(Role.PERPETRATOR_WORKER);
    String path = "/api/v1/cases/" + reference + "/contact-attempts";

    HttpResponse<String> empty = postAs(token, "cy", path, "{}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body())
        .contains(
            "Dewiswch sut y gwnaethoch geisio cysylltu ag ef",
            "Rhowch ddyddiad yr ymgais",
            "Rhowch amser yr ymgais, er enghraifft 14:30",
            "Dewiswch a lwyddodd yr ymgais i gysylltu ag ef")
        .doesNotContain("Select how", "Enter the");

    String early =
        """
        {"method": "PHONE", "attemptedOn": "%s", "attemptedAt": "10:00", "reached": false}
        """
            .formatted(referred.minusDays(3));
    assertThat(postAs(token, "cy", path, early).body())
        .contains("Rhaid i ddyddiad yr ymgais fod ar ddyddiad yr atgyfeiriad neu wedyn");
    assertThat(postAs(token, "en", path, early).body())
        .contains("The date of the attempt must be on or after the referral date");
    assertThat(postAs(token, "en", path, "{}").body())
        .contains("Select how you tried to reach him", "Enter the date of the attempt");
  }

  @Test
  void aWelshTargetsPageSaysItsProblemsInWelsh() {
    PageSession manager = signedIn(newArea().user(Role.SERVICE_MANAGER));
    HttpResponse<String> shown = manager.get("/clocks/targets?lang=cy");
    Document before = Jsoup.parse(shown.body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", PageSession.csrf(shown));
    form.put("version", before.select("input[name=version]").val());
    form.put("hisFirstAttempt", "lots");
    form.put("hisAssessment", "999");
    form.put("hisProgrammeStart", "20");
    form.put("herFirstAttempt", "5");
    form.put("herReached", "10");

    Document page = Jsoup.parse(manager.post("/clocks/targets", form).body());

    assertThat(page.select("#hisFirstAttempt-error").text())
        .contains("Rhowch y targed fel nifer cyfan o ddiwrnodau gwaith");
    assertThat(page.text()).doesNotContain("whole number");

    form.put("hisFirstAttempt", "5");
    Document range = Jsoup.parse(manager.post("/clocks/targets", form).body());
    assertThat(range.select("#hisAssessment-error").text())
        .contains("Rhaid i'r targed fod rhwng 0 a 250 diwrnod gwaith");
  }

  /** An API POST from a caller whose browser chose this language. */
  private HttpResponse<String> postAs(String token, String language, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Cookie", "tandem-language=" + language)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
