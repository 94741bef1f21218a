package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.outcomes.internal.LiveFigures;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Repeat referrals, which intake links to an earlier case of the same man, are counted in the
 * quarter's funnel, and shown in the area report's page, PDF, spreadsheet and API alike.
 */
class RepeatReferralsReportTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Autowired LiveFigures figures;

  @Test
  void repeatReferralsAreCountedInTheFunnelAndTheAreaReport() throws Exception {
    TestArea area = newArea();
    LocalDate referredOn = clock.today().minusDays(3);
    ReportPeriod quarter = ReportPeriod.quarterOf(referredOn);
    String earlier = newCase(area, AReferral.in(area).referredOn(referredOn));
    newCase(area, AReferral.in(area).referredOn(referredOn));

    assertThat(figures.funnel(area.id(), quarter, clock.today()).repeatReferrals()).isZero();

    for (int i = 0; i < 5; i++) {
      HttpResponse<String> repeat =
          apiPost(
              area.token(Role.INTAKE),
              "/api/v1/referrals?repeatOf=" + earlier,
              AReferral.in(area).referredOn(referredOn).json());
      assertThat(repeat.statusCode()).as(repeat.body()).isEqualTo(201);
    }

    Funnel funnel = figures.funnel(area.id(), quarter, clock.today());
    assertThat(funnel.referred()).isEqualTo(7);
    assertThat(funnel.repeatReferrals()).isEqualTo(5);

    String query = "?area=" + area.code() + "&quarter=" + quarter.code();
    String token = area.likeDemoUser("commissioner").token();
    HttpResponse<String> api = apiGet(token, "/api/v1/outcomes/area-report" + query);
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    JsonNode line = funnelLine(JSON.readTree(api.body()), "Repeat referrals");
    assertThat(line.get("value").asString()).isEqualTo("5");
    assertThat(line.get("share").asString()).isEqualTo("71.4%");

    assertThat(
            signedIn(area.likeDemoUser("commissioner")).get("/outcomes/area-report" + query).body())
        .contains("Repeat referrals");
    assertThat(
            RiskReportFixture.pdfText(
                apiGetBytes(token, "/api/v1/outcomes/area-report/pdf" + query).body()))
        .contains("Repeat referrals 5 71.4%");
    byte[] xlsx = apiGetBytes(token, "/api/v1/outcomes/area-report/xlsx" + query).body();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows =
          workbook
              .getSheets()
              .filter(s -> s.getName().equals("Referral funnel"))
              .findFirst()
              .orElseThrow()
              .read();
      assertThat(rows.stream().filter(r -> "Repeat referrals".equals(r.getCellText(0))))
          .extracting(r -> r.getCellText(1))
          .containsExactly("5");
    }
  }

  private static JsonNode funnelLine(JsonNode report, String label) {
    for (JsonNode section : report.get("sections")) {
      for (JsonNode table : section.get("tables")) {
        for (JsonNode line : table.get("lines")) {
          if (table.get("id").asString().equals("funnel-table")
              && line.get("label").asString().equals(label)) {
            return line;
          }
        }
      }
    }
    throw new AssertionError("No line " + label + " in the funnel");
  }
}
