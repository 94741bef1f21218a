package org.tandem.womensgroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A Welsh reader sees the women's groups' problems in Welsh, beside the field on the page and in
 * the API's problem details; an English reader sees the same English as before.
 */
class WelshWomensGroupProblemsTest extends TandemTest {

  @Test
  void aWelshPageSaysWhatIsWrongWithANewGroupInWelsh() {
    TestArea.User worker = newArea().user(Role.PARTNER_SUPPORT_WORKER);
    PageSession session = signedIn(worker);
    String csrf = session.csrf("/womens-groups/new?lang=cy");

    Document page =
        Jsoup.parse(
            session
                .post(
                    "/womens-groups",
                    Map.of(
                        "_csrf", csrf,
                        "name", "",
                        "venue", "",
                        "meets", "",
                        "startsOn.day", "31",
                        "startsOn.month", "2",
                        "startsOn.year", "2026",
                        "capacity", "lots"))
                .body());

    assertThat(page.select("#name-error").text()).contains("Rhowch enw i'r grŵp");
    assertThat(page.select("#venue-error").text()).contains("Nodwch ble mae'r grŵp yn cwrdd");
    assertThat(page.select("#capacity-error").text())
        .contains("Rhaid i faint o fenywod y mae'r grŵp yn eu derbyn fod yn rhif cyfan, fel 12");
    assertThat(page.select(".govuk-error-summary").text()).contains("Dyddiad y cyfarfod cyntaf");
    assertThat(page.text()).doesNotContain("Enter a name", "Enter where", "whole number");
  }

  @Test
  void aWelshPageSaysWhatIsWrongWithASessionInWelsh() {
    TestArea area = newArea();
    long group = AWomensGroup.in(area).create(api()).id();
    PageSession session = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String csrf = session.csrf("/womens-groups/" + group + "/sessions/new?lang=cy");

    Document page =
        Jsoup.parse(
            session
                .post("/womens-groups/" + group + "/sessions", Map.of("_csrf", csrf, "topic", ""))
                .body());

    assertThat(page.select("#heldOn-error").text()).contains("Rhowch ddyddiad y sesiwn");
    assertThat(page.select("#topic-error").text()).contains("Nodwch beth oedd cynnwys y sesiwn");
    assertThat(page.text()).doesNotContain("Enter the date", "Enter what the session covered");
  }

  @Test
  void aWelshApiCallerIsToldInWelsh() {
    TestArea area = newArea();
    String token = area.token(Role.PARTNER_SUPPORT_WORKER);

    HttpResponse<String> refused =
        postAs(token, "cy", "/api/v1/womens-groups", "{\"capacity\": 31}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "Dewiswch yr ardal y mae'r grŵp yn ei gwasanaethu",
            "Rhowch enw i'r grŵp",
            "Gall y grŵp dderbyn 30 o fenywod ar y mwyaf")
        .doesNotContain("Enter a name", "at most 30");

    long group = AWomensGroup.in(area).create(api()).id();
    HttpResponse<String> unknown =
        postAs(token, "cy", "/api/v1/womens-groups/" + group + "/members", "{\"partnerId\": -1}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Dewiswch fenyw o'r rhestr").doesNotContain("Select");
  }

  @Test
  void anEnglishApiCallerIsToldInTheSameEnglishAsBefore() {
    String token = newArea().token(Role.PARTNER_SUPPORT_WORKER);

    HttpResponse<String> refused = postAs(token, "en", "/api/v1/womens-groups", "{}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "Select the area the group serves",
            "Enter a name for the group",
            "Enter when the group meets, for example Tuesdays 10:00 to 12:00");
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
