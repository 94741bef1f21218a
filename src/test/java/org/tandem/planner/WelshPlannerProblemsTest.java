package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commissioner who chose Welsh is told in Welsh what is wrong with a scenario sent to the API,
 * that a scenario is not there, what the forecast's figures are, and reads the comparison's
 * spreadsheet in Welsh; in English the words are as they were.
 */
class WelshPlannerProblemsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea area;
  private String commissioner;

  @BeforeEach
  void anAreaOfItsOwn() {
    area = newArea();
    commissioner = area.token(Role.COMMISSIONER);
  }

  private HttpResponse<String> inWelsh(HttpRequest.Builder request) {
    return send(
        request
            .header("Authorization", "Bearer " + commissioner)
            .header("Cookie", "tandem-language=cy")
            .header("Content-Type", "application/json")
            .build());
  }

  private HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl() + path));
  }

  private HttpResponse<String> saveInWelsh(String body) {
    return inWelsh(to("/api/v1/planner/scenarios").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void aScenarioSentWrongIsRefusedInWelsh() {
    HttpResponse<String> noForm = saveInWelsh("{\"name\": \"" + TestData.marker("w") + "\"}");
    assertThat(noForm.statusCode()).isEqualTo(400);
    assertThat(noForm.body())
        .contains("Rhowch fewnbynnau'r cynllunydd: poblogaeth a menywod o leiaf un ardal")
        .doesNotContain("Give the planner's inputs");

    HttpResponse<String> misspelt =
        saveInWelsh(
            "{\"name\": \"" + TestData.marker("w") + "\", \"form\": {\"prevalenceProcent\": 6}}");
    assertThat(misspelt.statusCode()).isEqualTo(400);
    assertThat(misspelt.body())
        .contains("Nid yw'n un o feysydd y cynllunydd")
        .doesNotContain("Not a field of the planner");

    HttpResponse<String> rename =
        inWelsh(
            to("/api/v1/planner/scenarios/1")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": 7}")));
    assertThat(rename.statusCode()).isEqualTo(400);
    assertThat(rename.body())
        .contains("Rhowch enw i'r senario")
        .contains("Anfonwch fersiwn y senario a ddarllenoch, fel rhif cyfan");
  }

  @Test
  void aScenarioThatIsNotThereIsNotFoundInWelsh() {
    HttpResponse<String> missing = inWelsh(to("/api/v1/planner/scenarios/987654321").GET());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Nid oes senario wedi'i gadw â'r rhif 987654321.");
  }

  @Test
  void theForecastNamesItsFiguresInWelsh() {
    String query =
        "areas[0].name=Testshire&areas[0].population=175000&areas[0].adultWomen=70000"
            + "&areas[0].tandemArea="
            + area.code();
    HttpResponse<String> answer = inWelsh(to("/api/v1/planner?" + encoded(query)).GET());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode rows = JSON.readTree(answer.body()).get("forecastAgainstActual").get("rows");
    assertThat(rows.get(0).get("label").asString()).isEqualTo("Atgyfeiriadau");
    assertThat(rows.get(0).get("basis").asString())
        .isEqualTo("atgyfeiriadau disgwyliedig yr ardaloedd cysylltiedig");
    assertThat(rows.get(2).get("label").asString()).isEqualTo("Partneriaid a gyrhaeddwyd");
  }

  @Test
  void theComparisonSpreadsheetIsInWelshAndInEnglishAsItWas() {
    long a = saved(PlannerScenarioApiTest.newham("Newham 6% " + TestData.marker("a"), "6"));
    long b = saved(PlannerScenarioApiTest.newham("Newham 8% " + TestData.marker("b"), "8"));
    String path = "/api/v1/planner/compare/xlsx?a=" + a + "&b=" + b;

    HttpResponse<byte[]> welsh =
        send(
            to(path)
                .header("Authorization", "Bearer " + commissioner)
                .header("Cookie", "tandem-language=cy")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    String welshText = ComparisonWorkbook.read(welsh.body()).allText();
    assertThat(welshText)
        .contains("Senarios y cynllunydd wedi'u cymharu", "Senario A", "Gwahaniaeth")
        .doesNotContain("Planner scenarios compared", "Difference");

    String english = ComparisonWorkbook.read(apiGetBytes(commissioner, path).body()).allText();
    assertThat(english)
        .contains(
            "Planner scenarios compared", "Money in pounds a year. Differences are B less A.");
  }

  private long saved(String body) {
    HttpResponse<String> r = apiPost(commissioner, "/api/v1/planner/scenarios", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  private static HttpResponse<byte[]> send(
      HttpRequest request, HttpResponse.BodyHandler<byte[]> handler) {
    return org.tandem.TestApi.send(request, handler);
  }

  /** Square brackets percent-encoded in the query, as any HTTP client does. */
  private static String encoded(String query) {
    return query.replace("[", "%5B").replace("]", "%5D");
  }
}
