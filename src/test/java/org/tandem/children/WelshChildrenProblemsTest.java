package org.tandem.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A Welsh reader is told what is wrong with a safety-ladder reading or a change of protection
 * status in Welsh, dates named in Welsh, on the page and in the API; an English reader as before.
 */
class WelshChildrenProblemsTest extends TandemTest {

  private TestArea area;
  private String reference;
  private long child;

  @BeforeEach
  void aChildOfItsOwn() {
    area = newArea();
    Family family = newFamily(AReferral.in(area));
    reference = family.reference();
    child = ChildRecord.of(family, 0).childId();
  }

  @Test
  void aWelshLadderPageSaysAnEarlyAfterReadingAndAMissingRatingInWelsh() {
    LocalDate today = clock.today();
    PageSession worker = signedIn(area.user(Role.CHILDRENS_WORKER));
    String path = "/cases/" + reference + "/children/" + child + "/safety-ladder";
    String csrf = worker.csrf(path + "/new?lang=cy");
    assertThat(worker.post(path, reading("BEFORE", today, "4", csrf)).statusCode()).isEqualTo(302);

    Document page =
        Jsoup.parse(worker.post(path, reading("AFTER", today.minusDays(1), "", csrf)).body());

    String day =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("cy")).format(today);
    assertThat(page.select("#takenOn-error").text())
        .contains(
            "Ni all darlleniad 'ar ôl' fod yn gynharach na'r darlleniad 'cyn' cyntaf, ar " + day);
    assertThat(page.select("#rating-error").text()).contains("Rhowch sgôr o 1 i 10");
    assertThat(page.text()).doesNotContain("An after reading", "Enter a rating");
  }

  @Test
  void aWelshStatusPageOpenedBeforeSomeoneElsesChangeSaysSoInWelsh() {
    PageSession worker = signedIn(area.user(Role.CHILDRENS_WORKER));
    String path = "/cases/" + reference + "/children/" + child + "/protection-status";
    String csrf = worker.csrf(path + "/new?lang=cy");
    assertThat(worker.post(path, status("EARLY_HELP", 0, csrf)).statusCode()).isEqualTo(302);

    Document stale = Jsoup.parse(worker.post(path, status("NONE", 0, csrf)).body());

    assertThat(stale.select("#status-error").text())
        .contains("Newidiodd rhywun arall statws y plentyn hwn ar ôl i chi agor y dudalen hon")
        .doesNotContain("Someone else");
  }

  @Test
  void aWelshApiCallerIsToldInWelshAndAnEnglishOneAsBefore() {
    String token = area.token(Role.CHILDRENS_WORKER);
    String path = "/api/v1/cases/" + reference + "/children/" + child;
    String future = "{\"changedOn\": \"%s\", \"version\": 0}".formatted(clock.today().plusDays(1));

    HttpResponse<String> status = postAs(token, "cy", path + "/protection-status", future);
    assertThat(status.statusCode()).isEqualTo(400);
    assertThat(status.body())
        .contains(
            "Dewiswch statws amddiffyn newydd y plentyn",
            "Rhaid i'r dyddiad y newidiodd y statws fod heddiw neu'n gynharach")
        .doesNotContain("Select the child", "today or earlier");

    HttpResponse<String> ladder = postAs(token, "cy", path + "/safety-ladder", "{}");
    assertThat(ladder.statusCode()).isEqualTo(400);
    assertThat(ladder.body())
        .contains(
            "Dewiswch a yw hwn cyn neu ar ôl y gwaith",
            "Rhowch ddyddiad y darlleniad",
            "Rhowch sgôr o 1 i 10");

    assertThat(postAs(token, "en", path + "/protection-status", future).body())
        .contains(
            "Select the child's new protection status",
            "The date the status changed must be today or earlier");
  }

  private Map<String, String> reading(String stage, LocalDate on, String rating, String csrf) {
    Map<String, String> form = new HashMap<>();
    form.put("stage", stage);
    form.put("takenOn.day", String.valueOf(on.getDayOfMonth()));
    form.put("takenOn.month", String.valueOf(on.getMonthValue()));
    form.put("takenOn.year", String.valueOf(on.getYear()));
    form.put("rating", rating);
    form.put("_csrf", csrf);
    return form;
  }

  private Map<String, String> status(String status, int version, String csrf) {
    LocalDate today = clock.today();
    Map<String, String> form = new HashMap<>();
    form.put("status", status);
    form.put("changedOn.day", String.valueOf(today.getDayOfMonth()));
    form.put("changedOn.month", String.valueOf(today.getMonthValue()));
    form.put("changedOn.year", String.valueOf(today.getYear()));
    form.put("version", String.valueOf(version));
    form.put("_csrf", csrf);
    return form;
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
