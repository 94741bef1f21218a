package org.tandem.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Someone who reads Tandem in Welsh is told in Welsh why a consent or a sharing cannot be recorded:
 * beside the field on the page, and in the API's problem beside the basis, with the kind of sharing
 * and the day (a Welsh month) in Welsh. The banner once saved is Welsh too; in English the wording
 * is as it always was.
 */
class WelshConsentProblemsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void hisConsentFormSaysWhatIsWrongInWelshAndThenThatItIsRecorded() {
    TestArea area = newArea();
    String reference = newCase(area);
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    worker.get("/cases/" + reference + "?lang=cy");
    String path = "/cases/" + reference + "/consents";

    Map<String, String> form = new HashMap<>();
    form.put("_csrf", worker.csrf(path + "/new"));
    form.put("agencies", "Invented probation office");
    Document refused = Jsoup.parse(worker.post(path, form).body());
    assertThat(refused.select(".govuk-error-summary").text())
        .contains(
            "Dewiswch beth mae'r caniatâd yn ei gwmpasu",
            "Rhowch y dyddiad y rhoddwyd y caniatâd",
            "Rhowch y dyddiad y daw'r caniatâd i ben")
        .doesNotContain("Select", "Enter");
    assertThat(refused.select("#agencies").text()).isEqualTo("Invented probation office");

    form.put("scope", "REPORTS_TO_REFERRER");
    date(form, "givenOn", LocalDate.of(2025, 1, 10));
    date(form, "expiresOn", LocalDate.of(2025, 1, 9));
    Document backwards = Jsoup.parse(worker.post(path, form).body());
    assertThat(backwards.select("#expiresOn-error").text())
        .contains("Rhaid i'r dyddiad y daw'r caniatâd i ben fod ar y dyddiad y'i rhoddwyd");

    date(form, "expiresOn", LocalDate.of(2025, 3, 31));
    HttpResponse<String> saved = worker.post(path, form);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(Jsoup.parse(worker.get("/cases/" + reference).body()).text())
        .contains("Caniatâd wedi'i gofnodi")
        .doesNotContain("Consent recorded");
  }

  @Test
  void aSharingOnAConsentThatExpiredIsRefusedInWelshWithAWelshDay() {
    TestArea area = newArea();
    String reference = newCase(area);
    String worker = area.token(Role.PERPETRATOR_WORKER);
    String cases = "/api/v1/cases/" + reference;

    HttpResponse<String> none = inWelsh(worker, cases + "/sharings", sharing("CONSENT"));
    assertThat(messageFor(none, "basis"))
        .isEqualTo(
            "Dydy ef ddim wedi rhoi caniatâd ar gyfer adroddiadau i'r atgyfeiriwr: cofnodwch y"
                + " caniatâd yn gyntaf, neu dewiswch sail arall");

    HttpResponse<String> consent =
        apiPost(
            worker,
            cases + "/consents",
            "{\"scope\": [\"REPORTS_TO_REFERRER\"], \"givenOn\": \"2025-01-10\","
                + " \"expiresOn\": \"2025-03-31\"}");
    assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);

    HttpResponse<String> expired = inWelsh(worker, cases + "/sharings", sharing("CONSENT"));
    assertThat(expired.statusCode()).as(expired.body()).isEqualTo(400);
    assertThat(messageFor(expired, "basis"))
        .isEqualTo(
            "Daeth ei ganiatâd ef ar gyfer adroddiadau i'r atgyfeiriwr i ben ar 31 Mawrth 2025");

    HttpResponse<String> english = apiPost(worker, cases + "/sharings", sharing("CONSENT"));
    assertThat(messageFor(english, "basis"))
        .isEqualTo("His consent to reports to the referrer expired on 31 March 2025");
  }

  @Test
  void herReferralOnWithNoConsentIsRefusedInWelsh() {
    TestArea area = newArea();
    Family family = newFamily(area);
    String her = family.path() + "/partners/" + family.partner(0);

    HttpResponse<String> refused =
        inWelsh(
            area.token(Role.PARTNER_SUPPORT_WORKER),
            her + "/referrals-on",
            """
            {"service": "REFUGE", "referredOn": "%s", "detail": "Invented refuge",
             "basis": "CONSENT"}
            """
                .formatted(clock.today()));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(messageFor(refused, "basis"))
        .isEqualTo(
            "Dydy hi ddim wedi rhoi caniatâd ar gyfer atgyfeiriadau i lochesau: cofnodwch y"
                + " caniatâd yn gyntaf, neu dewiswch sail arall");
  }

  private String sharing(String basis) {
    return """
        {"kind": "REPORTS_TO_REFERRER", "sharedOn": "%s", "recipient": "Invented probation office",
         "what": "The risk identification report", "basis": "%s"}
        """
        .formatted(clock.today(), basis);
  }

  private static void date(Map<String, String> form, String field, LocalDate day) {
    form.put(field + ".day", String.valueOf(day.getDayOfMonth()));
    form.put(field + ".month", String.valueOf(day.getMonthValue()));
    form.put(field + ".year", String.valueOf(day.getYear()));
  }

  /** An API request from a caller whose browser chose Welsh before (the language cookie). */
  private HttpResponse<String> inWelsh(String token, String path, String json) {
    return api().inWelsh().post(token, path, json);
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
