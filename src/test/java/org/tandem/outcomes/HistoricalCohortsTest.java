package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published 2008 table imported into an area that also has live cases this quarter. The 2008
 * cases are a historical cohort of their own: the quarter's report (page, API, spreadsheet), the
 * live repeat-victimisation figure and the national dataset count the live cases alone, and the
 * cohort's own page gives the published figures. An import made by mistake is deleted, audited.
 *
 * <p>The two live cases: 4+ incidents before assessment with one police call-out after the
 * decision, and 2 with none: 6 remaining, 1 during, 83.3%. Mixed with the table it would be 59, 37,
 * 4 and 89.2%.
 */
class HistoricalCohortsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea own;
  private String area;
  private String quarter;

  @BeforeEach
  void anAreaWithTwoLiveCasesThisQuarter() {
    own = newArea();
    area = own.code();
    quarter = ReportPeriod.quarterOf(clock.today()).code();
  }

  private String token(String user) {
    return own.likeDemoUser(user).token();
  }

  @Test
  void theQuarterCountsItsLiveCasesAloneAndTheCohortGivesThePublishedFigures() throws Exception {
    liveCases();
    JsonNode before = report("commissioner").get("sections");
    // 83.3% over two live cases: a rate built on fewer than five cases, so withheld.
    assertThat(line(before, "repeat-table", "Decrease in repeat victimisation"))
        .isEqualTo(Suppression.WITHHELD);

    long cohort = importTable();

    JsonNode after = report("commissioner").get("sections");
    assertThat(after).as("the quarter's report, after the import").isEqualTo(before);
    assertThat(line(after, "repeat-table", "Cases")).isEqualTo("<5");
    assertThat(line(after, "repeat-table", "Incidents evidenced before assessment")).isEqualTo("6");
    assertThat(line(after, "repeat-table", "Remaining pre-assessment incidents")).isEqualTo("6");
    assertThat(line(after, "repeat-table", "Incidents during intervention")).isEqualTo("1");
    assertThat(after.toString()).doesNotContain("Not known (N/K) in the imported table");

    PageSession manager = signedIn(own.likeDemoUser("manager"));
    String page = manager.get("/outcomes/area-report?area=" + area + "&quarter=" + quarter).body();
    assertThat(tableOf(page, "repeat-table"))
        .contains(Suppression.WITHHELD)
        .doesNotContain("83.3%")
        .doesNotContain("90.3%")
        .doesNotContain(">53<");
    assertThat(page)
        .contains("See the historical cohort of " + own.area().name() + " (not live figures)")
        .contains("/outcomes/areas/" + area + "/historical-cohorts");

    Map<String, String> sheet = repeatSheet();
    assertThat(sheet)
        .containsEntry("Incidents evidenced before assessment", "6")
        .containsEntry("Remaining pre-assessment incidents", "6")
        .containsEntry("Incidents during intervention", "1")
        .containsEntry("Decrease in repeat victimisation", Suppression.WITHHELD);

    JsonNode live =
        json(apiGet(token("manager"), "/api/v1/outcomes/repeat-victimisation?area=" + area));
    assertThat(live.get("cases").asInt()).isEqualTo(2);
    assertThat(live.get("percentDecrease").decimalValue()).isEqualByComparingTo("83.3");
    assertThat(live.get("included").valueStream().map(c -> c.get("source").asString()))
        .containsOnly("LIVE");

    String cohortPage =
        manager.get("/outcomes/areas/" + area + "/historical-cohorts/" + cohort).body();
    assertThat(cohortPage)
        .contains("Historical")
        .contains("DVIP evaluation, first 18 months: Barking and Dagenham")
        .contains("January 2007 to June 2008")
        .contains(own.likeDemoUser("manager").displayName());
    String figures = tableOf(cohortPage, "repeat-table");
    assertThat(figures)
        .contains(">16<")
        .contains(">53<")
        .contains(">31<")
        .contains(">3<")
        .contains("90.3%");

    JsonNode commissionerView =
        json(
            apiGet(
                token("commissioner"), "/api/v1/areas/" + area + "/historical-cohorts/" + cohort));
    assertThat(commissionerView.get("kind").asString()).isEqualTo("HISTORICAL");
    assertThat(commissionerView.get("source").asString())
        .isEqualTo("DVIP evaluation, first 18 months: Barking and Dagenham");
    assertThat(commissionerView.get("periodFrom").asString()).isEqualTo("2007-01-01");
    assertThat(commissionerView.get("periodTo").asString()).isEqualTo("2008-06-30");
    assertThat(commissionerView.get("cases").asInt()).isEqualTo(16);
    JsonNode cohortFigures = commissionerView.get("figures");
    assertThat(line(List.of(cohortFigures), "repeat-table", "Decrease in repeat victimisation"))
        .isEqualTo("90.3%");
    assertThat(line(List.of(cohortFigures), "repeat-table", "Remaining pre-assessment incidents"))
        .isEqualTo("31");
    assertThat(commissionerView.toString()).doesNotContain("B&D");

    JsonNode list =
        json(apiGet(token("commissioner"), "/api/v1/areas/" + area + "/historical-cohorts"));
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(cohort);
    assertThat(list.get(0).has("figures")).isFalse();
  }

  @Test
  void markingBAndD16GivesThePublishedEightyNinePointThreeInTheCohortAndNothingInTheQuarter() {
    liveCases();
    long cohort = importTable();
    HttpResponse<String> marked =
        apiPost(
            token("manager"),
            "/api/v1/outcomes/repeat-victimisation/exclusions",
            "{\"area\": \"%s\", \"caseCode\": \"B&D16\", \"reason\": \"No sessions, partner not engaged\"}"
                .formatted(area));
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
    JsonNode answered = json(marked);
    assertThat(answered.get("historicalCohort").asLong()).isEqualTo(cohort);
    assertThat(answered.get("percentDecrease").decimalValue()).isEqualByComparingTo("89.3");

    PageSession manager = signedIn(own.likeDemoUser("manager"));
    String figures =
        tableOf(
            manager.get("/outcomes/areas/" + area + "/historical-cohorts/" + cohort).body(),
            "repeat-table");
    assertThat(figures).contains(">28<").contains("89.3%");
    assertThat(
            line(
                report("commissioner").get("sections"),
                "repeat-table",
                "Decrease in repeat victimisation"))
        .isEqualTo(Suppression.WITHHELD);
  }

  @Test
  void theNationalDatasetHoldsTheLiveCasesAndNoImportedRow() {
    liveCases();
    importTable();

    JsonNode export =
        json(
            apiGet(
                token("manager"),
                "/api/v1/outcomes/national-dataset?format=json&area="
                    + area
                    + "&from=2000-01-01&to="
                    + clock.today()));

    JsonNode rows = export.get("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.valueStream().map(r -> r.get("referral_quarter").asString()))
        .noneMatch(q -> q.startsWith("2007") || q.startsWith("2008"));
    assertThat(export.toString()).doesNotContain("B&D");
  }

  @Test
  void aManagerDeletesAnImportMadeByMistakeAfterConfirmingAndTheDeletionIsAudited() {
    long cohort = importTable();
    String address = "/outcomes/areas/" + area + "/historical-cohorts/" + cohort;
    assertThat(
            apiPost(
                    token("manager"),
                    "/api/v1/outcomes/repeat-victimisation/exclusions",
                    "{\"area\": \"%s\", \"caseCode\": \"B&D16\", \"reason\": \"Invented\"}"
                        .formatted(area))
                .statusCode())
        .isEqualTo(201);

    PageSession commissioner = signedIn(own.likeDemoUser("commissioner"));
    assertThat(commissioner.get(address).body()).doesNotContain("Delete this historical cohort");
    assertThat(commissioner.get(address + "/delete").statusCode()).isEqualTo(403);
    assertThat(
            send(HttpRequest.newBuilder(
                        URI.create(
                            baseUrl() + "/api/v1/areas/" + area + "/historical-cohorts/" + cohort))
                    .header("Authorization", "Bearer " + token("commissioner"))
                    .DELETE()
                    .build())
                .statusCode())
        .isEqualTo(403);

    PageSession manager = signedIn(own.likeDemoUser("manager"));
    String confirm = manager.get(address + "/delete").body();
    assertThat(confirm)
        .contains(
            "Delete the historical cohort DVIP evaluation, first 18 months: Barking and Dagenham?")
        .contains("Its 16 cases");
    Map<String, String> form = Map.of("_csrf", PageSession.csrf(manager.get(address + "/delete")));
    HttpResponse<String> deleted = manager.post(address + "/delete", form);
    assertThat(deleted.statusCode()).isEqualTo(302);
    String list = manager.get("/outcomes/areas/" + area + "/historical-cohorts").body();
    assertThat(list)
        .contains(
            "Deleted the historical cohort DVIP evaluation, first 18 months: Barking and Dagenham")
        .contains("No historical table has been imported into");
    assertThat(manager.get(address).statusCode()).isEqualTo(404);

    assertThat(manager.post(address + "/delete", form).statusCode()).isEqualTo(302);
    assertThat(manager.get("/outcomes/areas/" + area + "/historical-cohorts").body())
        .contains("it may have been deleted already");

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE username = :who AND action = 'DELETE'"
                        + " AND what LIKE :what")
                .param("who", own.likeDemoUser("manager").username())
                .param(
                    "what",
                    "historical cohort " + cohort + " of 16 cases deleted from " + area + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM historical_case h JOIN area a ON a.id = h.area_id WHERE a.code = :code")
                .param("code", area)
                .query(Long.class)
                .single())
        .isZero();
    long again = importTable();
    HttpResponse<String> byApi = deleteByApi("manager", again);
    assertThat(byApi.statusCode()).as(byApi.body()).isEqualTo(204);
    assertThat(deleteByApi("manager", again).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> deleteByApi(String user, long cohort) {
    return send(
        HttpRequest.newBuilder(
                URI.create(baseUrl() + "/api/v1/areas/" + area + "/historical-cohorts/" + cohort))
            .header("Authorization", "Bearer " + token(user))
            .DELETE()
            .build());
  }

  @Test
  void theImportPageAsksWhereTheTableComesFromAndWhichMonthsItCovers() {
    PageSession manager = signedIn(own.likeDemoUser("manager"));
    String csrf = manager.csrf("/outcomes/import");
    HttpResponse<String> refused =
        manager.post(
            "/outcomes/import",
            Map.of(
                "_csrf", csrf,
                "area", area,
                "source", "",
                "fromMonth", "13",
                "fromYear", "2007",
                "toMonth", "6",
                "toYear", "2008"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Enter where the table comes from")
        .contains("The month the period starts must be a real month and year")
        .contains("Select a CSV file to upload")
        .contains("value=\"2008\"");
  }

  // --- the area and its figures ---

  private void liveCases() {
    liveCase("AT_LEAST", 4, true);
    liveCase("COUNT", 2, false);
  }

  private void liveCase(String evidence, int incidents, boolean callOutAfter) {
    Family family = newFamily(AReferral.in(own));
    String ref = family.reference();
    LocalDate today = clock.today();
    HttpResponse<String> history =
        apiPut(
            token("manager"),
            "/api/v1/cases/" + ref + "/assessment/history",
            """
            {"policeEvidence": "%s", "policeIncidents": %d, "disclosedViolence": "FIVE_TO_TEN",
             "denial": 3, "minimisation": 3, "blame": 3, "hostility": 2, "empathy": 2, "motivation": 4, "version": 0}
            """
                .formatted(evidence, incidents));
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    AViabilityDecision.of(family, "GROUP_PROGRAMME").on(today.minusDays(2));
    if (callOutAfter) {
      HttpResponse<String> r =
          apiPost(
              token("manager"),
              "/api/v1/cases/" + ref + "/risk-events",
              "{\"kind\": \"POLICE_CALL_OUT\", \"occurredOn\": \"%s\", \"summary\": \"Invented call-out\", \"raisesAlert\": false}"
                  .formatted(today.minusDays(1)));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  private long importTable() {
    HttpResponse<String> imported =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        baseUrl()
                            + "/api/v1/imports/historical-outcomes?area="
                            + area
                            + "&source=DVIP%20evaluation,%20first%2018%20months:%20Barking%20and%20Dagenham"
                            + "&from=2007-01&to=2008-06"))
                .header("Authorization", "Bearer " + token("manager"))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HistoricalImportApiTest.publishedCsv()))
                .build());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    JsonNode answer = json(imported);
    assertThat(answer.get("imported").asInt()).isEqualTo(16);
    return answer.get("importId").asLong();
  }

  private JsonNode report(String user) {
    return json(
        apiGet(token(user), "/api/v1/outcomes/area-report?area=" + area + "&quarter=" + quarter));
  }

  private Map<String, String> repeatSheet() throws Exception {
    HttpResponse<byte[]> xlsx =
        apiGetBytes(
            token("commissioner"),
            "/api/v1/outcomes/area-report/xlsx?area=" + area + "&quarter=" + quarter);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> rows =
          workbook
              .getSheets()
              .filter(s -> s.getName().equals("Repeat victimisation"))
              .findFirst()
              .orElseThrow()
              .read();
      return rows.stream()
          .filter(
              r -> r.getCellCount() >= 2 && r.getCellText(0) != null && !r.getCellText(0).isBlank())
          .collect(
              Collectors.toMap(
                  r -> r.getCellText(0),
                  r -> r.getCellText(1) == null ? "" : r.getCellText(1),
                  (a, b) -> a));
    }
  }

  private static JsonNode json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return JSON.readTree(r.body());
  }

  private static String line(Iterable<JsonNode> sections, String tableId, String label) {
    for (JsonNode section : sections) {
      for (JsonNode table : section.get("tables")) {
        if (table.get("id").asString().equals(tableId)) {
          for (JsonNode line : table.get("lines")) {
            if (line.get("label").asString().equals(label)) {
              return line.get("value").asString();
            }
          }
        }
      }
    }
    throw new AssertionError("No line " + label + " in " + tableId);
  }

  /** The markup of the table with this id on a page. */
  private static String tableOf(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as("table " + id).isPositive();
    return page.substring(start, page.indexOf("</table>", start));
  }
}
