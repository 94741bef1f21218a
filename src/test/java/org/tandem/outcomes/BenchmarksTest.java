package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Areas;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks from cases made here, in areas of this test's own, in a month of 2022 that no
 * other test refers anyone in: each area's rate beside the median and range of the areas with
 * enough referrals, an area with too few left out, and no other area's name or figure in the page,
 * the spreadsheet or the API.
 */
class BenchmarksTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final LocalDate REFERRED = LocalDate.of(2022, 5, 10);
  private static final String PERIOD = "from=2022-05-01&to=2022-05-31";

  @Autowired private Areas areas;

  /** An area of its own with this many men referred on REFERRED and these adult women. */
  private TestArea area(int referred, int adultWomen) {
    TestArea area = newArea();
    areas.recordPopulation(area.id(), adultWomen * 2, adultWomen, "Invented for a test");
    String token = area.token(Role.INTAKE);
    for (int i = 0; i < referred; i++) {
      HttpResponse<String> r =
          apiPost(token, "/api/v1/referrals", AReferral.in(area).referredOn(REFERRED).json());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    return area;
  }

  @Test
  void yourRatesBesideTheMedianAndRangeOfEveryAreaWithEnoughReferralsAndNoOtherArea()
      throws Exception {
    // Referrals per 10,000 adult women: 20.0 (yours), 21.0, 11.0, 30.0, 20.0; the median is 20.0,
    // the range 11.0 to 30.0. The sixth area's 100.0 would be the highest, but its 10 referrals
    // are too few for it to be compared.
    TestArea yours = area(20, 10_000);
    List<TestArea> others =
        List.of(area(21, 10_000), area(22, 20_000), area(24, 8_000), area(30, 15_000));
    TestArea tooFew = area(10, 1_000);
    List<TestArea> notYours = new ArrayList<>(others);
    notYours.add(tooFew);
    String commissioner = yours.token(Role.COMMISSIONER);

    HttpResponse<String> api = apiGet(commissioner, "/api/v1/benchmarks?" + PERIOD);
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    JsonNode b = JSON.readTree(api.body());
    assertThat(b.get("yourAreas")).hasSize(1);
    assertThat(b.get("yourAreas").get(0).get("code").asString()).isEqualTo(yours.code());
    JsonNode perWomen = measure(b, "REFERRALS_PER_10000_ADULT_WOMEN");
    assertThat(perWomen.get("yours").get(0).get("value").asString()).isEqualTo("20.0");
    assertThat(perWomen.get("spread").get("areas").asInt()).isEqualTo(5);
    assertThat(perWomen.get("spread").get("median").asString()).isEqualTo("20.0");
    assertThat(perWomen.get("spread").get("lowest").asString()).isEqualTo("11.0");
    assertThat(perWomen.get("spread").get("highest").asString()).isEqualTo("30.0");
    // No one was assessed: 0% everywhere, which is a figure; no one started, so no completion rate
    // can be worked out anywhere and there is nothing to compare.
    assertThat(measure(b, "SHARE_ASSESSED").get("spread").get("median").asString())
        .isEqualTo("0.0%");
    // Every partner named is still to be contacted: none reached, in any area.
    assertThat(measure(b, "PARTNERS_REACHED").get("spread").get("highest").asString())
        .isEqualTo("0.0%");
    JsonNode completion = measure(b, "COMPLETION");
    assertThat(completion.has("spread") && !completion.get("spread").isNull()).isFalse();

    String page =
        signedIn(yours.user(Role.COMMISSIONER)).get("/outcomes/benchmarks?" + PERIOD).body();
    assertThat(page)
        .contains(yours.area().name(), "20.0", "11.0 to 30.0", "Not enough services to compare");

    HttpResponse<byte[]> xlsx = apiGetBytes(commissioner, "/api/v1/benchmarks/xlsx?" + PERIOD);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    List<String> cells = new ArrayList<>();
    List<Double> perWomenRow = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : wb.getFirstSheet().read()) {
        row.forEach(c -> cells.add(c == null ? "" : c.getText()));
        if ("Referrals per 10,000 adult women".equals(row.getCellText(0))) {
          for (int c = 1; c <= 4; c++) {
            perWomenRow.add(Double.parseDouble(row.getCellText(c)));
          }
        }
      }
    }
    // Yours, the median, the lowest, the highest: numbers a commissioner can chart.
    assertThat(perWomenRow).containsExactly(20.0, 20.0, 11.0, 30.0);

    // Nothing names another area, and the area left out appears nowhere, not even its rate.
    String sheet = String.join("|", cells);
    for (TestArea other : notYours) {
      for (String text : List.of(api.body(), page, sheet)) {
        assertThat(text).doesNotContain(other.code()).doesNotContain(other.area().name());
      }
    }
    assertThat(api.body()).doesNotContain("100.0");
    // Counts only: nothing of any partner (every case here names the invented Jo Testington).
    assertThat(List.of(api.body(), page, sheet)).noneMatch(t -> t.contains("Testington"));
    assertThat(sheet).doesNotContain("100");
  }

  @Test
  void aPeriodThatCannotBeReadIsRefusedNamingTheParameter() {
    TestArea area = newArea();
    HttpResponse<String> r =
        apiGet(
            area.token(Role.SERVICE_MANAGER), "/api/v1/benchmarks?from=2022-05-31&to=2022-05-01");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("to").contains("on or after its start");
    HttpResponse<String> q =
        apiGet(area.token(Role.SERVICE_MANAGER), "/api/v1/benchmarks?quarter=2022-Q5");
    assertThat(q.statusCode()).isEqualTo(400);
    String page =
        signedIn(area.user(Role.SERVICE_MANAGER))
            .get("/outcomes/benchmarks?from=someday&to=")
            .body();
    assertThat(page).contains("There is a problem", "Give both the start and the end");
  }

  @Test
  void onlyManagersAndCommissionersSeeTheBenchmarks() {
    TestArea area = newArea();
    for (Role role : List.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER)) {
      assertThat(apiGet(area.token(role), "/api/v1/benchmarks?" + PERIOD).statusCode())
          .as(role.name())
          .isEqualTo(403);
      assertThat(apiGetBytes(area.token(role), "/api/v1/benchmarks/xlsx?" + PERIOD).statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
  }

  private static JsonNode measure(JsonNode benchmarks, String id) {
    for (JsonNode m : benchmarks.get("measures")) {
      if (m.get("measure").asString().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("No measure " + id);
  }
}
