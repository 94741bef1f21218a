package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live case in the repeat-victimisation figure: its evidence before assessment counts, police
 * call-outs after the assessment decision are incidents during the intervention, and once a worker
 * records that the service is no longer involved it leaves the figure with her reason.
 */
class LiveRepeatVictimisationTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  /** This test's own area, with its own manager and workers. */
  private TestArea own;

  /** The token of this test's own worker in the role of the demo user of this name. */
  private String token(String user) {
    return own.likeDemoUser(user).token();
  }

  @Test
  void aLiveCaseCountsUntilItsWorkerRecordsTheServiceIsNoLongerInvolved() {
    own = newArea();
    String area = own.code();
    Family family = newFamily(AReferral.in(own));
    String ref = family.reference();
    LocalDate today = clock.today();

    HttpResponse<String> history =
        apiPut(
            token("manager"),
            "/api/v1/cases/" + ref + "/assessment/history",
            """
            {"policeEvidence": "AT_LEAST", "policeIncidents": 4, "disclosedViolence": "FIVE_TO_TEN",
             "denial": 3, "minimisation": 3, "blame": 3, "hostility": 2, "empathy": 2, "motivation": 4, "version": 0}
            """);
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    // Decided two days ago, so that a call-out can follow it.
    AViabilityDecision.of(family, "GROUP_PROGRAMME").on(today.minusDays(2));
    callOut(ref, today.minusDays(2));
    callOut(ref, today.minusDays(1));

    JsonNode figure = figure(area);
    assertThat(figure.get("cases").asInt()).isEqualTo(1);
    assertThat(figure.get("preAssessmentIncidents").asInt()).isEqualTo(4);
    assertThat(figure.get("incidentsDuringIntervention").asInt())
        .as("only the call-out after the day of the decision")
        .isEqualTo(1);
    assertThat(figure.get("percentDecrease").decimalValue()).isEqualByComparingTo("75.0");
    JsonNode included = figure.get("included").get(0);
    assertThat(included.get("caseCode").asString()).isEqualTo(ref);
    assertThat(included.get("preAssessmentEvidence").asString()).isEqualTo("4+");
    assertThat(included.get("inventoryViolence").asString()).isEqualTo("5 to 10");
    assertThat(included.get("source").asString()).isEqualTo("LIVE");

    int caseVersion =
        JSON.readTree(apiGet(token("manager"), "/api/v1/cases/" + ref).body())
            .get("version")
            .asInt();
    HttpResponse<String> future =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + ref + "/involvement-ended",
            "{\"endedOn\": \"%s\", \"reason\": \"Moved out of the area\", \"version\": %d}"
                .formatted(today.plusDays(5), caseVersion));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("endedOn");
    HttpResponse<String> stale =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + ref + "/involvement-ended",
            "{\"endedOn\": \"%s\", \"reason\": \"Moved out of the area\", \"version\": %d}"
                .formatted(today, caseVersion - 1));
    assertThat(stale.statusCode()).isEqualTo(409);
    HttpResponse<String> ended =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + ref + "/involvement-ended",
            "{\"endedOn\": \"%s\", \"reason\": \"Moved out of the area\", \"version\": %d}"
                .formatted(today, caseVersion));
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);

    JsonNode after = figure(area);
    assertThat(after.get("remainingPreAssessmentIncidents").asInt()).isZero();
    assertThat(after.get("percentDecrease").isNull()).isTrue();
    JsonNode excluded = after.get("excluded").get(0);
    assertThat(excluded.get("caseCode").asString()).isEqualTo(ref);
    assertThat(excluded.get("reason").asString())
        .isEqualTo("The service's involvement ended: Moved out of the area");
    assertThat(excluded.get("kind").asString()).isEqualTo("WORKER_RECORDED");
  }

  private void callOut(String ref, LocalDate on) {
    HttpResponse<String> r =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + ref + "/risk-events",
            "{\"kind\": \"POLICE_CALL_OUT\", \"occurredOn\": \"%s\", \"summary\": \"Invented call-out\", \"raisesAlert\": false}"
                .formatted(on));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private JsonNode figure(String area) {
    HttpResponse<String> r =
        apiGet(token("manager"), "/api/v1/outcomes/repeat-victimisation?area=" + area);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
