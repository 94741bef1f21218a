package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before signing off a quarter, the manager is told which cases have a woman whose ethnicity has
 * not been asked: her answer "prefer not to say" is an answer and is not listed, and the list gives
 * case references only, never what anyone answered. Only the manager preparing the report sees it.
 */
class EthnicityDataQualityTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void theCasesWithAWomanNotAskedHerEthnicityAreListedByReferenceOnly() {
    TestArea area = newArea();
    ReportPeriod quarter = ReportPeriod.quarterOf(clock.today()).previousQuarter();
    String answered = referred(area, quarter);
    answer(area, answered, "{\"ethnicity\": \"MIXED\", \"version\": 0}");
    String declined = referred(area, quarter);
    answer(area, declined, "{\"ethnicity\": \"PREFER_NOT_TO_SAY\", \"version\": 0}");
    String onlySex = referred(area, quarter);
    answer(area, onlySex, "{\"sex\": \"FEMALE\", \"version\": 0}");
    String notAsked = referred(area, quarter);
    String nextQuarter = newCase(area, AReferral.in(area).referredOn(quarter.to().plusDays(1)));

    String base = "/api/v1/area-reports/" + area.code() + "/" + quarter.code();
    HttpResponse<String> r = apiGet(area.token(Role.SERVICE_MANAGER), base + "/preparation");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode ethnicity = null;
    for (JsonNode w : JSON.readTree(r.body()).get("warnings")) {
      if (w.get("check").asString().equals("ETHNICITY")) {
        ethnicity = w;
      }
    }
    assertThat(ethnicity).as(r.body()).isNotNull();
    assertThat(ethnicity.get("cases").asInt()).isEqualTo(2);
    assertThat(ethnicity.get("references").toString())
        .contains(onlySex, notAsked)
        .doesNotContain(answered)
        .doesNotContain(declined)
        .doesNotContain(nextQuarter);
    assertThat(r.body()).doesNotContain("MIXED").doesNotContain("PREFER_NOT_TO_SAY");

    String page =
        signedIn(area.user(Role.SERVICE_MANAGER))
            .get("/outcomes/sent-reports/" + area.code() + "/" + quarter.code() + "/prepare")
            .body();
    assertThat(page)
        .contains("id=\"warning-ethnicity\"")
        .contains("2 cases have a partner with no answer about her ethnicity recorded")
        .contains(notAsked)
        .doesNotContain("Ethnicity cannot be checked");

    assertThat(apiGet(area.token(Role.COMMISSIONER), base + "/preparation").statusCode())
        .isEqualTo(403);
    assertThat(apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), base + "/preparation").statusCode())
        .isEqualTo(403);
  }

  private String referred(TestArea area, ReportPeriod quarter) {
    return newCase(area, AReferral.in(area).referredOn(quarter.from().plusDays(10)));
  }

  private void answer(TestArea area, String reference, String json) {
    long partner =
        jdbc.sql(
                "SELECT p.id FROM partner p JOIN referral r ON r.id = p.referral_id"
                    + " WHERE r.reference = :r")
            .param("r", reference)
            .query(Long.class)
            .single();
    HttpResponse<String> put =
        apiPut(
            area.token(Role.PARTNER_SUPPORT_WORKER),
            "/api/v1/cases/" + reference + "/partners/" + partner + "/equality",
            json);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
  }
}
