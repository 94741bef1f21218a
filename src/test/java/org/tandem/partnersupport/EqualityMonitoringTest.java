package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Her equality monitoring answers, recorded by partner support on a page and through the API: every
 * answer optional, "not asked" kept apart from "prefer not to say", an answer that is none of the
 * question's refused beside its field, a change on top of someone else's refused, each answer
 * sealed in storage, and every read and write audited.
 */
class EqualityMonitoringTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private record Her(TestArea area, Family family, String path) {}

  private Her her() {
    TestArea area = newArea();
    Family family = newFamily(AReferral.in(area));
    return new Her(area, family, "/cases/" + family.reference() + "/partners/" + family.partner(0));
  }

  @Test
  void theApiRecordsHerAnswersSealedKeepingNotAskedApartFromPreferNotToSay() {
    Her her = her();
    String token = her.area().token(Role.PARTNER_SUPPORT_WORKER);
    String api = "/api/v1" + her.path() + "/equality";

    JsonNode before = JSON.readTree(apiGet(token, api).body());
    assertThat(before.get("version").asInt()).isZero();
    assertThat(before.has("ethnicity")).as("not asked yet: left out").isFalse();

    HttpResponse<String> put =
        apiPut(
            token,
            api,
            """
            {"ethnicity": "MIXED", "sex": "FEMALE", "sexualOrientation": "PREFER_NOT_TO_SAY",
             "disability": "YES", "ageBand": "AGED_16_TO_17", "version": 0}
            """);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    JsonNode after = JSON.readTree(apiGet(token, api).body());
    assertThat(after.get("ethnicity").asString()).isEqualTo("MIXED");
    assertThat(after.get("sexualOrientation").asString()).isEqualTo("PREFER_NOT_TO_SAY");
    assertThat(after.has("genderSameAsAtBirth")).as("left out: not asked").isFalse();
    assertThat(after.get("ageBand").asString()).isEqualTo("AGED_16_TO_17");
    assertThat(after.get("version").asInt()).isEqualTo(1);

    Map<String, Object> stored =
        jdbc.sql("SELECT * FROM partner_equality WHERE partner_id = :p")
            .param("p", her.family().partner(0))
            .query()
            .singleRow();
    for (String column :
        List.of("ethnicity", "sex", "sexual_orientation", "disability", "age_band")) {
      assertThat((String) stored.get(column)).as(column).startsWith("enc:v1:");
    }
    assertThat(stored.get("gender_same_as_at_birth")).as("not asked is stored as none").isNull();

    HttpResponse<String> stale = apiPut(token, api, "{\"ethnicity\": \"WHITE\", \"version\": 0}");
    assertThat(stale.statusCode()).as("on top of a change since read").isEqualTo(409);
    HttpResponse<String> unknown =
        apiPut(token, api, "{\"ethnicity\": \"PURPLE\", \"version\": 1}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

    // Taken back to not asked, as a worker does with an answer recorded by mistake.
    HttpResponse<String> cleared = apiPut(token, api, "{\"version\": 1}");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    assertThat(JSON.readTree(cleared.body()).has("ethnicity")).isFalse();

    List<String> audited =
        jdbc.sql(
                "SELECT action || ' ' || what FROM audit_event WHERE what LIKE 'partner equality%'"
                    + " AND referral_id = (SELECT referral_id FROM partner WHERE id = :p)")
            .param("p", her.family().partner(0))
            .query(String.class)
            .list();
    assertThat(audited)
        .contains("READ partner equality monitoring", "UPDATE partner equality monitoring");
  }

  @Test
  void thePageRecordsHerAnswersAndShowsThemAgain() {
    Her her = her();
    PageSession session = signedIn(her.area().user(Role.PARTNER_SUPPORT_WORKER));
    assertThat(session.get(her.path()).body())
        .contains("Equality monitoring", "href=\"" + her.path() + "/equality\"");

    String form = session.get(her.path() + "/equality").body();
    assertThat(form)
        .contains("What is her ethnic group?", "Prefer not to say", "Not asked yet")
        .contains(checked("ethnicity", "NOT_ASKED"), checked("ageBand", "NOT_ASKED"));

    HttpResponse<String> saved = session.post(her.path() + "/equality", answers(session, her));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(her.path() + "#equality"));

    String again = session.get(her.path() + "/equality").body();
    assertThat(again)
        .contains(checked("sexualOrientation", "BISEXUAL"))
        .contains(checked("disability", "PREFER_NOT_TO_SAY"))
        .contains(checked("genderSameAsAtBirth", "NOT_ASKED"))
        .contains(checked("ageBand", "AGED_65_OR_OVER"));
  }

  @Test
  void anAnswerThatIsNoneOfTheQuestionsIsRefusedBesideItsFieldKeepingTheRest() {
    Her her = her();
    PageSession session = signedIn(her.area().user(Role.PARTNER_SUPPORT_WORKER));
    Map<String, String> form = answers(session, her);
    form.put("disability", "SOMETIMES");

    HttpResponse<String> refused = session.post(her.path() + "/equality", form);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("govuk-error-summary", "Choose one of the answers", "id=\"disability-error\"")
        .contains(checked("sexualOrientation", "BISEXUAL"));
    assertThat(
            JSON.readTree(
                    apiGet(
                            her.area().token(Role.PARTNER_SUPPORT_WORKER),
                            "/api/v1" + her.path() + "/equality")
                        .body())
                .get("version")
                .asInt())
        .as("nothing saved")
        .isZero();
  }

  @Test
  void thePageReadsInWelsh() {
    Her her = her();
    PageSession session = signedIn(her.area().user(Role.PARTNER_SUPPORT_WORKER));
    String page = session.get(her.path() + "/equality?lang=cy").body();
    assertThat(page)
        .contains("Monitro cydraddoldeb", "Beth yw ei grŵp ethnig?", "Heb ofyn iddi eto")
        .doesNotContain("What is her ethnic group?");
  }

  @Test
  void aManagerOfAnotherAreaFindsNoSuchCase() {
    Her her = her();
    assertThat(
            apiGet(newArea().token(Role.SERVICE_MANAGER), "/api/v1" + her.path() + "/equality")
                .statusCode())
        .isEqualTo(404);
  }

  /** A radio as the page shows it chosen. */
  static String checked(String field, String value) {
    return "value=\"" + value + "\" name=\"" + field + "\" checked";
  }

  private static Map<String, String> answers(PageSession session, Her her) {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", session.csrf(her.path() + "/equality"));
    form.put("version", "0");
    form.put("ethnicity", "WHITE");
    form.put("sex", "FEMALE");
    form.put("genderSameAsAtBirth", "NOT_ASKED");
    form.put("sexualOrientation", "BISEXUAL");
    form.put("disability", "PREFER_NOT_TO_SAY");
    form.put("ageBand", "AGED_65_OR_OVER");
    return form;
  }
}
