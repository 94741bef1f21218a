package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The planner through the API: the published worked examples, bad input, the forecast, who may. */
class PlannerApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  /** An area of the test's own, whose commissioner and manager plan, and whose cases are linked. */
  private TestArea own;

  @BeforeEach
  void anAreaOfItsOwn() {
    own = newArea();
  }

  /** The token of this test's own worker in the role of the demo user of this name. */
  private String token(String user) {
    return own.likeDemoUser(user).token();
  }

  private static final String THREE_BOROUGHS =
      "areas[0].name=Newham&areas[0].population=243891&areas[0].adultWomen=91556"
          + "&areas[1].name=Waltham%20Forest&areas[1].population=218341&areas[1].adultWomen=88034"
          + "&areas[2].name=Barking%20and%20Dagenham&areas[2].population=163944&areas[2].adultWomen=65784";

  /** Square brackets must be percent-encoded in a query string, as any HTTP client does. */
  private static String encoded(String query) {
    return query.replace("[", "%5B").replace("]", "%5D");
  }

  private JsonNode plan(String user, String query) {
    HttpResponse<String> r = apiGet(token(user), "/api/v1/planner?" + encoded(query));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void theThreeBoroughsGiveThePublishedFigures() {
    JsonNode answer = plan("commissioner", THREE_BOROUGHS);

    JsonNode plan = answer.get("plan");
    assertThat(
            plan.get("areas")
                .valueStream()
                .map(a -> a.get("womenExperiencingAbuse").asLong())
                .toList())
        .containsExactly(5_493L, 5_282L, 3_947L);
    assertThat(plan.get("total").get("womenExperiencingAbuse").asLong()).isEqualTo(14_722L);
    assertThat(plan.get("budget").get("overhead").asLong()).isEqualTo(18_600L);
    assertThat(plan.get("budget").get("firstYearTotal").asLong()).isEqualTo(204_600L);
    assertThat(answer.get("inputs").get("assumptions").get("prevalence").decimalValue())
        .isEqualByComparingTo("0.06");
  }

  @Test
  void oneChangedAssumptionChangesTheResult() {
    JsonNode answer = plan("manager", THREE_BOROUGHS + "&prevalencePercent=8");

    assertThat(answer.get("plan").get("areas").get(0).get("womenExperiencingAbuse").asLong())
        .isEqualTo(7_324L);
  }

  @Test
  void aBadValueIsNamedAndNothingIsWorkedOut() {
    HttpResponse<String> r =
        apiGet(
            token("commissioner"),
            "/api/v1/planner?"
                + encoded(
                    "areas[0].name=Invented&areas[0].population=lots&areas[0].adultWomen=500&prevalencePercent=140"));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("areas[0].population")
        .contains("prevalencePercent")
        .doesNotContain("lots");
    HttpResponse<String> moreWomenThanPeople =
        apiGet(
            token("commissioner"),
            "/api/v1/planner?" + encoded("areas[0].population=1000&areas[0].adultWomen=2000"));
    assertThat(moreWomenThanPeople.statusCode()).isEqualTo(400);
    assertThat(moreWomenThanPeople.body()).contains("areas[0].adultWomen");
  }

  @Test
  void anAreaLinkedToTandemShowsTheForecastBesideWhatHasHappenedThisYear() {
    for (int i = 0; i < 6; i++) {
      newCase(own);
    }
    JsonNode answer =
        plan(
            "commissioner",
            "areas[0].name=Testshire&areas[0].population=175000&areas[0].adultWomen=70000"
                + "&areas[0].tandemArea="
                + own.code());

    JsonNode forecast = answer.get("forecastAgainstActual");
    // The forecast names the linked Tandem area.
    assertThat(forecast.get("areas").get(0).asString()).isEqualTo(own.area().name());
    JsonNode referrals = forecast.get("rows").get(0);
    assertThat(referrals.get("label").asString()).isEqualTo("Referrals");
    assertThat(referrals.get("forecastYear").asLong()).isEqualTo(100);
    long actual =
        jdbc.sql(
                """
                SELECT count(*) FROM referral r JOIN area a ON a.id = r.area_id
                WHERE a.code = :code AND r.referred_on >= date_trunc('year', CAST(:today AS date))
                  AND r.referred_on <= :today
                """)
            .param("code", own.code())
            .param("today", clock.today())
            .query(Long.class)
            .single();
    assertThat(actual).as("the six referred in its own area this year").isEqualTo(6);
    assertThat(referrals.get("actual").asString())
        .isEqualTo(actual >= 1 && actual <= 4 ? "<5" : Long.toString(actual));

    HttpResponse<String> notMine =
        apiGet(
            token("commissioner"),
            "/api/v1/planner?"
                + encoded(
                    "areas[0].population=175000&areas[0].adultWomen=70000&areas[0].tandemArea=ZZZZ"));
    assertThat(notMine.statusCode()).isEqualTo(400);
    assertThat(notMine.body()).contains("areas[0].tandemArea");
  }

  @Test
  void onlyCommissionersAndManagersPlan() {
    for (String user :
        List.of(
            "intake", "perpetrator.worker", "partner.support", "childrens.worker", "sysadmin")) {
      assertThat(apiGet(token(user), "/api/v1/planner?" + encoded(THREE_BOROUGHS)).statusCode())
          .as(user)
          .isEqualTo(403);
    }
  }
}
