package org.tandem.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.partnersupport.HerSupport;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;

/**
 * Her clocks: on her record for those behind the wall, nowhere for anyone else; and every clock
 * counted in the quarterly report, hers as counts only.
 */
class HerClocksAndTheReportTest extends TandemTest {

  // Wednesday 2 December 2026; Friday 20 November is eight working days before it.
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 15, 0);
  private static final LocalDate LONG_AGO = LocalDate.of(2026, 11, 20);

  @BeforeEach
  void stopTheClock() {
    clock.travelTo(NOW);
  }

  @Test
  void herClocksAreOnHerRecordForHerWorkerAndNowhereForHis() {
    TestArea area = newArea();
    Family family = newFamily(AReferral.in(area).referredOn(LONG_AGO));
    // Her first attempt came late (due Monday 23 November) and reached her.
    HerSupport.of(family, 0).attempt("SPOKE_WITH_HER", LocalDate.of(2026, 11, 25));
    String record = "/cases/" + family.reference() + "/partners/" + family.partner(0);

    String hers = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER)).get(record).body();
    assertThat(hers).contains("id=\"her-clocks\"", "First attempt to contact her", "Breached");
    assertThat(hers).contains("25 Nov 2026");

    PageSession his = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(his.get(record).statusCode()).isIn(403, 404);
    String casePage = his.get("/cases/" + family.reference()).body();
    assertThat(casePage).contains("First attempt to contact him").doesNotContain("contact her");
    assertThat(casePage).doesNotContain("25 Nov 2026");
    String api =
        apiGet(
                area.token(Role.PERPETRATOR_WORKER),
                "/api/v1/cases/" + family.reference() + "/clocks")
            .body();
    assertThat(api).doesNotContain("HER_").doesNotContain("2026-11-25");
  }

  @Test
  void theManagerSeesHerBreachAsACaseAndACount() {
    TestArea area = newArea();
    Family family = newFamily(AReferral.in(area).referredOn(LONG_AGO));
    String page =
        signedIn(area.user(Role.SERVICE_MANAGER))
            .get("/clocks/breaches?clock=HER_FIRST_ATTEMPT")
            .body();
    assertThat(page).contains(family.reference(), "First attempt to contact her");
  }

  @Test
  void theQuarterlyReportCountsTheClocksBreached() {
    TestArea area = newArea();
    for (int i = 0; i < 6; i++) {
      newFamily(AReferral.in(area).referredOn(LONG_AGO));
    }
    // One more, referred yesterday: his first clock still running, in time.
    newFamily(AReferral.in(area).referredOn(LocalDate.of(2026, 12, 1)));
    String quarter = ReportPeriod.quarterOf(LONG_AGO).code();
    HttpResponse<String> r =
        apiGet(
            area.token(Role.COMMISSIONER),
            "/api/v1/outcomes/area-report?area=" + area.code() + "&quarter=" + quarter);
    JsonNode report = TestApi.ok(r);
    JsonNode him = line(report, "First attempt to contact him");
    assertThat(him.get("value").asString()).isEqualTo("6");
    assertThat(him.get("share").asString()).isEqualTo("85.7%");
    assertThat(line(report, "First attempt to contact her").get("value").asString()).isEqualTo("6");
    assertThat(line(report, "His programme start").get("value").asString()).isEqualTo("0");
    assertThat(r.body()).doesNotContain("2026-11-2");
  }

  private static JsonNode line(JsonNode report, String label) {
    for (JsonNode section : report.get("sections")) {
      for (JsonNode table : section.get("tables")) {
        if (table.get("id").asString().equals("clocks-table")) {
          for (JsonNode line : table.get("lines")) {
            if (line.get("label").asString().equals(label)) {
              return line;
            }
          }
        }
      }
    }
    throw new AssertionError("No line " + label + " in the clocks table");
  }
}
