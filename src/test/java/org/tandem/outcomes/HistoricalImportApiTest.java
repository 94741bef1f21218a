package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing the published table through the API, and the repeat-victimisation figure its own
 * historical cohort gives.
 */
class HistoricalImportApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  /** This test's own area, with its own manager, commissioner and workers. */
  private TestArea own;

  private String area;

  static String publishedCsv() {
    try (InputStream in =
        HistoricalImportApiTest.class.getResourceAsStream("/outcomes/barking-dagenham.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String newAreaCode() {
    StringBuilder code = new StringBuilder("H");
    for (int i = 0; i < 7; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return code.toString();
  }

  @BeforeEach
  void anAreaOfItsOwn() {
    own = newArea();
    area = own.code();
  }

  /** The token of this test's own worker in the role of the demo user of this name. */
  private String token(String user) {
    return own.likeDemoUser(user).token();
  }

  private HttpResponse<String> postCsv(String user, String csv) {
    return send(
        HttpRequest.newBuilder(
                URI.create(baseUrl() + "/api/v1/imports/historical-outcomes?area=" + area))
            .header("Authorization", "Bearer " + token(user))
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build());
  }

  /** Imports the published table and answers its cohort's number. */
  private long imported() {
    HttpResponse<String> imported = postCsv("manager", publishedCsv());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    return JSON.readTree(imported.body()).get("importId").asLong();
  }

  /** The figure of the historical cohort, with every case. */
  private JsonNode figure(long cohort) {
    HttpResponse<String> response =
        apiGet(
            token("manager"),
            "/api/v1/areas/" + area + "/historical-cohorts/" + cohort + "/repeat-victimisation");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The area's historical cohorts. */
  private JsonNode cohorts() {
    HttpResponse<String> response =
        apiGet(token("manager"), "/api/v1/areas/" + area + "/historical-cohorts");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The live figure of the area, which no imported case is in. */
  private JsonNode liveFigure() {
    HttpResponse<String> response =
        apiGet(token("manager"), "/api/v1/outcomes/repeat-victimisation?area=" + area);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void theTableImportsAndGivesThePublishedFigureWithEveryExclusionListed() {
    HttpResponse<String> imported = postCsv("manager", publishedCsv());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(imported.body());
    assertThat(answer.get("imported").asInt()).isEqualTo(16);
    long cohort = answer.get("importId").asLong();
    assertThat(answer.get("historicalCohort").asString())
        .isEqualTo("/api/v1/areas/" + area + "/historical-cohorts/" + cohort);

    JsonNode figure = figure(cohort);
    assertThat(figure.get("historicalCohort").asLong()).isEqualTo(cohort);
    assertThat(figure.get("cases").asInt()).isEqualTo(16);
    assertThat(figure.get("preAssessmentIncidents").asInt()).isEqualTo(53);
    assertThat(figure.get("remainingPreAssessmentIncidents").asInt()).isEqualTo(31);
    assertThat(figure.get("incidentsDuringIntervention").asInt()).isEqualTo(3);
    assertThat(figure.get("percentDecrease").decimalValue()).isEqualByComparingTo("90.3");
    assertThat(figure.get("method").asString()).contains("Unclear as 3");
    assertThat(figure.get("excluded").valueStream().map(e -> e.get("caseCode").asString()).toList())
        .containsExactly("B&D1", "B&D9", "B&D10", "B&D12", "B&D14");
    assertThat(figure.get("included")).hasSize(11);
    assertThat(liveFigure().get("cases").asInt()).as("no imported case is live").isZero();
  }

  @Test
  void anEvaluatorMarksBAndD16ThenWithdrawsTheMark() {
    long cohort = imported();

    HttpResponse<String> marked =
        apiPost(
            token("manager"),
            "/api/v1/outcomes/repeat-victimisation/exclusions",
            "{\"area\": \"%s\", \"caseCode\": \"B&D16\", \"reason\": \"No sessions and partner not engaged\"}"
                .formatted(area));
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
    JsonNode figure = figure(cohort);
    assertThat(figure.get("remainingPreAssessmentIncidents").asInt()).isEqualTo(28);
    assertThat(figure.get("percentDecrease").decimalValue()).isEqualByComparingTo("89.3");
    JsonNode last = figure.get("excluded").get(5);
    assertThat(last.get("caseCode").asString()).isEqualTo("B&D16");
    assertThat(last.get("reason").asString()).isEqualTo("No sessions and partner not engaged");
    assertThat(last.get("kind").asString()).isEqualTo("EVALUATOR_MARKED");

    HttpResponse<String> again =
        apiPost(
            token("manager"),
            "/api/v1/outcomes/repeat-victimisation/exclusions",
            "{\"area\": \"%s\", \"caseCode\": \"B&D16\", \"reason\": \"Twice\"}".formatted(area));
    assertThat(again.statusCode()).isEqualTo(400);

    HttpResponse<String> withdrawn =
        apiPost(
            token("manager"),
            "/api/v1/outcomes/repeat-victimisation/withdrawals",
            "{\"area\": \"%s\", \"caseCode\": \"B&D16\"}".formatted(area));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(figure(cohort).get("remainingPreAssessmentIncidents").asInt()).isEqualTo(31);
  }

  @Test
  void withdrawingAMarkTwiceOnThePageSaysSoAndChangesNothing() {
    long cohort = imported();
    assertThat(
            apiPost(
                    token("manager"),
                    "/api/v1/outcomes/repeat-victimisation/exclusions",
                    "{\"area\": \"%s\", \"caseCode\": \"B&D16\", \"reason\": \"Invented\"}"
                        .formatted(area))
                .statusCode())
        .isEqualTo(201);
    org.tandem.PageSession manager = signedIn(own.likeDemoUser("manager"));
    String page = "/outcomes/areas/" + area + "/historical-cohorts/" + cohort;
    java.util.Map<String, String> form =
        java.util.Map.of("area", area, "case", "B&D16", "_csrf", manager.csrf(page));

    assertThat(manager.post("/outcomes/repeat-victimisation/withdrawals", form).statusCode())
        .isEqualTo(302);
    assertThat(manager.get(page).body()).contains("The mark on B&amp;D16 is withdrawn");
    assertThat(manager.post("/outcomes/repeat-victimisation/withdrawals", form).statusCode())
        .isEqualTo(302);

    assertThat(manager.get(page).body()).contains("This case is not marked as no longer involved");
    assertThat(figure(cohort).get("remainingPreAssessmentIncidents").asInt()).isEqualTo(31);
  }

  @Test
  void aFileWithOneBadRowImportsNothingAndNamesRowAndColumn() {
    String bad = publishedCsv().replace("B&D2,CS,2,20+", "B&D2,CS,two,20+");

    HttpResponse<String> refused = postCsv("manager", bad);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("police_chronology_evidence");
    assertThat(error.get("case").asString()).isEqualTo("B&D2");
    assertThat(JSON.readTree(refused.body()).get("errors")).hasSize(1);
    assertThat(cohorts()).isEmpty();
  }

  @Test
  void theSameCasesCannotBeImportedTwiceIntoAnArea() {
    long cohort = imported();

    HttpResponse<String> again = postCsv("manager", publishedCsv());

    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(again.body()).get("errors")).hasSize(16);
    assertThat(again.body()).contains("already imported");
    assertThat(cohorts()).hasSize(1);
    assertThat(figure(cohort).get("cases").asInt()).isEqualTo(16);
  }

  @Test
  void onlyManagersImportOrReadCaseLevelFigures() {
    for (String user :
        List.of(
            "intake",
            "perpetrator.worker",
            "partner.support",
            "childrens.worker",
            "commissioner",
            "sysadmin")) {
      assertThat(postCsv(user, publishedCsv()).statusCode()).as(user).isEqualTo(403);
      assertThat(
              apiGet(token(user), "/api/v1/outcomes/repeat-victimisation?area=" + area)
                  .statusCode())
          .as(user)
          .isEqualTo(403);
      if (!user.equals("commissioner")) {
        assertThat(
                apiGet(token(user), "/api/v1/areas/" + area + "/historical-cohorts").statusCode())
            .as(user)
            .isEqualTo(403);
      }
    }
    assertThat(cohorts()).isEmpty();
  }

  @Test
  void anAreaTheManagerDoesNotCoverIsNotFound() {
    String other = newAreaCode();
    jdbc.sql("INSERT INTO area (code, name) VALUES (:code, 'Uncovered Invented Area')")
        .param("code", other)
        .update();

    HttpResponse<String> response =
        apiGet(token("manager"), "/api/v1/outcomes/repeat-victimisation?area=" + other);

    assertThat(response.statusCode()).isEqualTo(404);
  }
}
