package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.partnersupport.HerSupport;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly area report as a commissioner receives it: small counts suppressed on the page, in
 * the PDF, the spreadsheet and the API; no typed reason from any case; and only for managers and
 * commissioners.
 */
class AreaReportTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  /** This test's own area, with its own manager, commissioner and workers. */
  private TestArea own;

  private String area;
  private long areaId;
  private String quarter;

  @BeforeEach
  void anAreaOfItsOwn() {
    own = newArea();
    area = own.code();
    areaId = own.id();
    // TestData refers men three days ago; the report is for that day's quarter.
    quarter = ReportPeriod.quarterOf(clock.today().minusDays(3)).code();
  }

  /** The token of this test's own worker in the role of the demo user of this name. */
  private String token(String user) {
    return own.likeDemoUser(user).token();
  }

  private void refer(int men) {
    for (int i = 0; i < men; i++) {
      HttpResponse<String> r =
          apiPost(token("manager"), "/api/v1/referrals", TestData.referralJson(areaId));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  private JsonNode report(String user) {
    HttpResponse<String> r =
        apiGet(token(user), "/api/v1/outcomes/area-report?area=" + area + "&quarter=" + quarter);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode line(JsonNode report, String tableId, String label) {
    for (JsonNode section : report.get("sections")) {
      for (JsonNode table : section.get("tables")) {
        if (table.get("id").asString().equals(tableId)) {
          for (JsonNode line : table.get("lines")) {
            if (line.get("label").asString().equals(label)) {
              return line;
            }
          }
        }
      }
    }
    throw new AssertionError("No line " + label + " in " + tableId);
  }

  @Test
  void threeMenReferredAreShownAsFewerThanFiveAndSixAreShownAsSix() {
    refer(3);

    JsonNode small = line(report("commissioner"), "funnel-table", "Referred");
    assertThat(small.get("value").asString()).isEqualTo("<5");
    assertThat(small.get("share").asString()).isEqualTo(Suppression.WITHHELD);
    assertThat(small.has("chartValue") && !small.get("chartValue").isNull())
        .as("no bar for a suppressed count")
        .isFalse();
    assertThat(
            line(report("commissioner"), "funnel-table", "Did not attend").get("value").asString())
        .isEqualTo("0");
    assertThat(line(report("manager"), "funnel-table", "Referred").get("value").asString())
        .as("the report is the commissioners' report whoever opens it")
        .isEqualTo("<5");

    refer(3);

    JsonNode six = line(report("commissioner"), "funnel-table", "Referred");
    assertThat(six.get("value").asString()).isEqualTo("6");
    assertThat(six.get("share").asString()).isEqualTo("100.0%");
    assertThat(
            line(report("commissioner"), "source-table", "Children's services")
                .get("value")
                .asString())
        .isEqualTo("6");
  }

  @Test
  void thePdfAndTheSpreadsheetSuppressAsThePageDoes() throws Exception {
    refer(2);

    HttpResponse<byte[]> pdf =
        apiGetBytes(
            token("commissioner"),
            "/api/v1/outcomes/area-report/pdf?area=" + area + "&quarter=" + quarter);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
    String text = RiskReportFixture.pdfText(pdf.body());
    assertThat(text).contains("Referred <5 " + Suppression.WITHHELD).doesNotContain("Referred 2");

    HttpResponse<byte[]> xlsx =
        apiGetBytes(
            token("commissioner"),
            "/api/v1/outcomes/area-report/xlsx?area=" + area + "&quarter=" + quarter);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> rows =
          workbook
              .getSheets()
              .filter(s -> s.getName().equals("Referral funnel"))
              .findFirst()
              .orElseThrow()
              .read();
      List<String> referred =
          rows.stream()
              .filter(r -> "Referred".equals(r.getCellText(0)))
              .map(r -> r.getCellText(1))
              .collect(Collectors.toList());
      assertThat(referred).containsExactly("<5");
    }
  }

  /**
   * Ten cases, each naming a woman, and two attempts to reach any of them: "0.2 attempts per case"
   * would give back the 2, so the average is withheld everywhere the report goes. With six
   * attempts, 0.6 is shown.
   */
  @Test
  void anAverageBuiltOnFewerThanFiveAttemptsIsWithheldOnThePagePdfSpreadsheetAndApi()
      throws Exception {
    String label = "Average proactive attempts per case";
    List<Family> families = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      families.add(newFamily(AReferral.in(own)));
    }
    HerSupport.of(families.get(0), 0).attempt("NO_ANSWER", clock.today());
    HerSupport.of(families.get(1), 0).attempt("NO_ANSWER", clock.today());

    JsonNode cases = line(report("commissioner"), "partner-support-table", label);
    assertThat(cases.get("value").asString()).isEqualTo(Suppression.WITHHELD);
    assertThat(line(report("manager"), "partner-support-table", label).get("value").asString())
        .isEqualTo(Suppression.WITHHELD);
    String page =
        signedIn(own.likeDemoUser("commissioner"))
            .get("/outcomes/area-report?area=" + area + "&quarter=" + quarter)
            .body();
    assertThat(between(page, label, "</tr>")).contains(Suppression.WITHHELD).doesNotContain("0.2");
    String pdf =
        RiskReportFixture.pdfText(
            apiGetBytes(
                    token("commissioner"),
                    "/api/v1/outcomes/area-report/pdf?area=" + area + "&quarter=" + quarter)
                .body());
    assertThat(pdf).contains(label + " " + Suppression.WITHHELD).doesNotContain(label + " 0.2");
    assertThat(spreadsheetValue("Partner support", label)).isEqualTo(Suppression.WITHHELD);

    for (int i = 2; i < 6; i++) {
      HerSupport.of(families.get(i), 0).attempt("NO_ANSWER", clock.today());
    }
    assertThat(line(report("commissioner"), "partner-support-table", label).get("value").asString())
        .isEqualTo("0.6");
    assertThat(spreadsheetValue("Partner support", label)).isEqualTo("0.6");
  }

  private String spreadsheetValue(String sheet, String label) throws Exception {
    HttpResponse<byte[]> xlsx =
        apiGetBytes(
            token("commissioner"),
            "/api/v1/outcomes/area-report/xlsx?area=" + area + "&quarter=" + quarter);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      return workbook
          .getSheets()
          .filter(s -> s.getName().equals(sheet))
          .findFirst()
          .orElseThrow()
          .read()
          .stream()
          .filter(r -> label.equals(r.getCellText(0)))
          .map(r -> r.getCellText(1))
          .findFirst()
          .orElseThrow();
    }
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertThat(start).as("finds " + from).isNotNegative();
    return text.substring(start, text.indexOf(to, start));
  }

  @Test
  void anEvaluatorsTypedReasonNeverReachesTheReportOnlyItsKind() throws Exception {
    HttpResponse<String> imported =
        send(
            HttpRequest.newBuilder(
                    URI.create(baseUrl() + "/api/v1/imports/historical-outcomes?area=" + area))
                .header("Authorization", "Bearer " + token("manager"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(HistoricalImportApiTest.publishedCsv()))
                .build());
    assertThat(imported.statusCode()).isEqualTo(201);
    long cohort = JSON.readTree(imported.body()).get("importId").asLong();
    String secret = TestData.marker("reason");
    assertThat(
            apiPost(
                    token("manager"),
                    "/api/v1/outcomes/repeat-victimisation/exclusions",
                    "{\"area\": \"%s\", \"caseCode\": \"B&D16\", \"reason\": \"%s\"}"
                        .formatted(area, secret))
                .statusCode())
        .isEqualTo(201);

    // The historical cohort's own figures, as a commissioner reads them.
    HttpResponse<String> read =
        apiGet(token("commissioner"), "/api/v1/areas/" + area + "/historical-cohorts/" + cohort);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode figures = JSON.readTree(read.body()).get("figures");
    JsonNode asReport = JSON.readTree("{\"sections\": [" + figures + "]}");
    assertThat(read.body()).doesNotContain(secret).doesNotContain("B&D16");
    assertThat(
            line(asReport, "repeat-table", "Decrease in repeat victimisation")
                .get("value")
                .asString())
        .isEqualTo("89.3%");
    assertThat(
            line(asReport, "excluded-table", "Marked by an evaluator as no longer involved")
                .get("value")
                .asString())
        .isEqualTo(SecondarySuppression.MARKER);
    // Five N/K beside the one marked, "in 6 cases": shown, the 5 would give the 1 away.
    assertThat(
            line(asReport, "excluded-table", "Not known (N/K) in the imported table")
                .get("value")
                .asString())
        .isEqualTo(SecondarySuppression.MARKER);
    String page =
        signedIn(own.likeDemoUser("commissioner"))
            .get("/outcomes/areas/" + area + "/historical-cohorts/" + cohort)
            .body();
    assertThat(page).doesNotContain(secret).doesNotContain("B&amp;D16").contains("89.3%");

    // The quarter's report counts live cases only: neither the reason nor the 2008 figure is in it.
    JsonNode report = report("commissioner");
    assertThat(report.toString()).doesNotContain(secret).doesNotContain("B&D16");
    assertThat(line(report, "repeat-table", "Cases").get("value").asString()).isEqualTo("0");
    String pdf =
        RiskReportFixture.pdfText(
            apiGetBytes(
                    token("commissioner"),
                    "/api/v1/outcomes/area-report/pdf?area=" + area + "&quarter=" + quarter)
                .body());
    assertThat(pdf).doesNotContain(secret).doesNotContain("89.3%");
  }

  @Test
  void onlyManagersAndCommissionersReadTheReportAndEachReadingIsAudited() {
    for (String user :
        List.of(
            "intake", "perpetrator.worker", "partner.support", "childrens.worker", "sysadmin")) {
      assertThat(apiGet(token(user), "/api/v1/outcomes/area-report?area=" + area).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(
              apiGetBytes(token(user), "/api/v1/outcomes/area-report/pdf?area=" + area)
                  .statusCode())
          .as(user)
          .isEqualTo(403);
    }
    report("commissioner");
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE username = :who AND what = :what")
                .param("who", own.likeDemoUser("commissioner").username())
                .param("what", "quarterly area report " + area + " " + quarter)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            apiGet(
                    token("commissioner"),
                    "/api/v1/outcomes/area-report?area=" + area + "&quarter=2026-Q9")
                .statusCode())
        .isEqualTo(404);
  }
}
