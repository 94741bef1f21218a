package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Someone who reads Tandem in Welsh is told what is wrong with a referral, a closure or a search
 * for the same man in Welsh, beside the field, on the page and through the API; what was typed is
 * kept, and nothing of the English wording is shown. In English the wording is as it always was.
 */
class WelshReferralProblemsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void intakesReferralFormSaysWhatIsWrongInWelsh() {
    TestArea area = newArea();
    PageSession intake = signedIn(area.user(Role.INTAKE));
    intake.get("/referrals/new?lang=cy");

    Document page = Jsoup.parse(intake.post("/referrals/new", badReferral(intake)).body());

    assertThat(page.select(".govuk-error-summary").text())
        .contains(
            "Dewiswch yr ardal y mae'r atgyfeiriad ar ei chyfer",
            "Rhowch enw'r atgyfeiriwr",
            "Rhowch rif ffôn neu gyfeiriad e-bost yr atgyfeiriwr",
            "Rhowch y rheswm dros yr atgyfeiriad",
            "Rhowch ei enw cyntaf",
            "Rhaid i oed y plentyn fod yn rhif, fel 7")
        .doesNotContain("Select the area", "Enter the referrer", "Enter his given name");
    assertThat(page.select("#referredOn-error").text()).contains("Dyddiad yr atgyfeiriad");
    assertThat(page.select("#manFamilyName").attr("value")).isEqualTo("Van Tongeren");
  }

  @Test
  void inEnglishTheWordingIsUnchanged() {
    TestArea area = newArea();
    PageSession intake = signedIn(area.user(Role.INTAKE));

    Document page = Jsoup.parse(intake.post("/referrals/new", badReferral(intake)).body());

    assertThat(page.select(".govuk-error-summary").text())
        .contains(
            "Select the area the referral is for",
            "Enter the referrer's name",
            "Enter the referrer's phone number or email address",
            "Enter his given name",
            "The child's age must be a number, like 7");
    assertThat(page.select("#referredOn-error").text()).contains("The date of the referral");
  }

  @Test
  void theReferrersOwnFormSaysWhatIsWrongInWelsh() {
    TestArea area = newArea();
    PageSession referrer = signedIn(area.user(Role.REFERRER));
    referrer.get("/referrer/referrals/new?lang=cy");

    Map<String, String> form = new HashMap<>();
    form.put("_csrf", referrer.csrf("/referrer/referrals/new"));
    form.put("partners[0].familyName", "Invented");
    Document page = Jsoup.parse(referrer.post("/referrer/referrals/new", form).body());

    assertThat(page.select(".govuk-error-summary").text())
        .contains(
            "Rhowch y rheswm dros yr atgyfeiriad",
            "Rhowch ei gyfenw",
            "Dewiswch beth yw ei pherthynas ag ef",
            "Rhowch ei henw cyntaf",
            "Dewiswch y sail dros rannu gwybodaeth")
        .doesNotContain("Enter", "Select");
  }

  @Test
  void closingACaseIsRefusedAndThenSavedInWelsh() {
    TestArea area = newArea();
    String reference = newCase(area);
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    worker.get("/cases/" + reference + "?lang=cy");
    String path = "/cases/" + reference + "/closure";

    Map<String, String> form = new HashMap<>();
    form.put("_csrf", worker.csrf(path));
    form.put("reason", "OTHER");
    form.put("closedOn.day", "31");
    form.put("closedOn.month", "2");
    form.put("closedOn.year", "2026");
    Document refused = Jsoup.parse(worker.post(path, form).body());
    assertThat(refused.select("#closedOn-error").text())
        .contains("Y dyddiad y caeodd yr achos")
        .doesNotContain("The date the case closed");

    var day = clock.today();
    form.put("closedOn.day", String.valueOf(day.getDayOfMonth()));
    form.put("closedOn.month", String.valueOf(day.getMonthValue()));
    form.put("closedOn.year", String.valueOf(day.getYear()));
    Document noDetail = Jsoup.parse(worker.post(path, form).body());
    assertThat(noDetail.select(".govuk-error-summary").text())
        .contains("Dywedwch pam mae'r achos yn cau")
        .doesNotContain("Say why");

    form.put("detail", "Invented: the family moved to another service");
    HttpResponse<String> closed = worker.post(path, form);
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
    assertThat(Jsoup.parse(worker.get("/cases/" + reference).body()).text())
        .contains("Achos wedi'i gau")
        .doesNotContain("Case closed");
  }

  @Test
  void theApiSaysWhatIsWrongInWelshToACallerWhoChoseWelsh() {
    TestArea area = newArea();
    String intake = area.token(Role.INTAKE);

    HttpResponse<String> referral = inWelsh(intake, "POST", "/api/v1/referrals", "{}");
    assertThat(referral.statusCode()).as(referral.body()).isEqualTo(400);
    assertThat(messageFor(referral, "areaId"))
        .isEqualTo("Dewiswch yr ardal y mae'r atgyfeiriad ar ei chyfer");
    assertThat(messageFor(referral, "manGivenName")).isEqualTo("Rhowch ei enw cyntaf");

    HttpResponse<String> search =
        inWelsh(intake, "GET", "/api/v1/referrals/possible-duplicates?givenName=Leo", null);
    assertThat(search.statusCode()).as(search.body()).isEqualTo(400);
    assertThat(messageFor(search, "familyName"))
        .isEqualTo("Rhowch ei gyfenw, ei ddyddiad geni neu ei rif ffôn (o leiaf 10 digid)");

    String reference = newCase(area);
    HttpResponse<String> reopened =
        inWelsh(
            area.token(Role.SERVICE_MANAGER),
            "POST",
            "/api/v1/cases/" + reference + "/reopening",
            "{\"reason\": \"Invented: he asked to come back\"}");
    assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(400);
    assertThat(messageFor(reopened, "reason")).isEqualTo("Dydy'r achos ddim wedi'i gau");

    HttpResponse<String> english =
        apiPost(
            area.token(Role.SERVICE_MANAGER),
            "/api/v1/cases/" + reference + "/reopening",
            "{\"reason\": \"Invented: he asked to come back\"}");
    assertThat(messageFor(english, "reason")).isEqualTo("The case is not closed");
  }

  /** A referral with a problem in nearly every part, and his family name typed to be kept. */
  private static Map<String, String> badReferral(PageSession intake) {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", intake.csrf("/referrals/new"));
    form.put("action", "save");
    form.put("referralSource", "POLICE");
    form.put("referredOn.day", "31");
    form.put("referredOn.month", "2");
    form.put("referredOn.year", "2026");
    form.put("manFamilyName", "Van Tongeren");
    form.put("partners[0].relationship", "CURRENT");
    form.put("partners[0].givenName", "Invented Partner");
    form.put("children[0].ageYears", "seven");
    form.put("children[0].protectionStatus", "CHILD_IN_NEED");
    form.put("sharingBasis", "CONSENT");
    return form;
  }

  /** An API request from a caller whose browser chose Welsh before (the language cookie). */
  private HttpResponse<String> inWelsh(String token, String method, String path, String json) {
    HttpRequest.Builder request = api().inWelsh().request(token, path);
    if (json == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return send(request.build());
  }

  private static String messageFor(HttpResponse<String> response, String field) {
    for (JsonNode error : JSON.readTree(response.body()).get("errors")) {
      if (error.get("field").asString().equals(field)) {
        return error.get("message").asString();
      }
    }
    throw new AssertionError("no problem beside " + field + " in " + response.body());
  }
}
