package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The MARAC-style return from MARAC referrals made on known days in an area of the test's own: the
 * referrals made in the quarter, the repeats among them, the rate per 10,000 adult women, and the
 * shares of victims counted from the women's equality monitoring answers, with those not known
 * counted apart; small counts suppressed, and a count from which a suppressed one could be worked
 * out withheld too.
 */
class MaracReturnTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final String QUARTER = "2022-Q2";

  @Autowired private Areas areas;

  /** A case referred in 2021 with a MARAC referral made on each of these days: its reference. */
  private String caseWithMaracReferralsMadeOn(TestArea area, String... days) {
    String reference = newCase(area, AReferral.in(area).referredOn(LocalDate.of(2021, 1, 4)));
    String worker = area.token(Role.PERPETRATOR_WORKER);
    for (String day : days) {
      HttpResponse<String> created =
          apiPost(
              worker,
              "/api/v1/cases/" + reference + "/marac-referrals",
              "{\"reason\": \"Invented concern\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode task = JSON.readTree(created.body());
      HttpResponse<String> made =
          apiPost(
              worker,
              "/api/v1/cases/"
                  + reference
                  + "/marac-referrals/"
                  + task.get("id").asLong()
                  + "/made",
              "{\"referredOn\": \"%s\", \"version\": %d}"
                  .formatted(day, task.get("version").asInt()));
      assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    }
    return reference;
  }

  private Map<String, JsonNode> lines(TestArea area) {
    HttpResponse<String> r =
        apiGet(
            area.token(Role.COMMISSIONER),
            "/api/v1/outcomes/marac-return?area=" + area.code() + "&quarter=" + QUARTER);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, JsonNode> lines = new HashMap<>();
    JSON.readTree(r.body()).get("lines").forEach(l -> lines.put(l.get("measure").asString(), l));
    return lines;
  }

  @Test
  void theReturnCountsTheReferralsMadeInTheQuarterAndTheRepeatsAmongThem() throws Exception {
    TestArea area = newArea();
    areas.recordPopulation(area.id(), 20_000, 10_000, "Invented for a test");
    // Six cases referred twice in the quarter: 12 made, the second of each a repeat.
    for (int i = 0; i < 6; i++) {
      caseWithMaracReferralsMadeOn(area, "2022-04-11", "2022-06-01");
    }
    // Once in the quarter: made, not a repeat.
    caseWithMaracReferralsMadeOn(area, "2022-05-03");
    // Ten months before: a repeat.
    caseWithMaracReferralsMadeOn(area, "2021-07-15", "2022-05-16");
    // Fifteen months before: not a repeat.
    caseWithMaracReferralsMadeOn(area, "2021-02-01", "2022-05-16");
    // Made after the quarter: not counted.
    caseWithMaracReferralsMadeOn(area, "2022-07-01");

    Map<String, JsonNode> lines = lines(area);
    assertThat(lines.get("MARAC_REFERRALS").get("value").asString()).isEqualTo("15");
    assertThat(lines.get("REPEAT_MARAC_REFERRALS").get("value").asString()).isEqualTo("7");
    assertThat(lines.get("REPEAT_MARAC_REFERRALS").get("share").asString()).isEqualTo("46.7%");
    assertThat(lines.get("PER_10000_ADULT_WOMEN").get("value").asString()).isEqualTo("15.0");
    // No woman here has been asked: every share of victims has none to count, all nine not known.
    for (String share :
        List.of("BLACK_AND_MINORITISED", "LGBT", "DISABLED", "MALE", "AGED_16_TO_17")) {
      assertThat(lines.get(share).get("value").asString()).as(share).isEqualTo("0");
      assertThat(lines.get(share).get("share").asString()).as(share).isEqualTo(Suppression.NONE);
      assertThat(lines.get(share).get("notKnown").asString()).as(share).isEqualTo("9");
    }

    String page =
        signedIn(area.user(Role.SERVICE_MANAGER))
            .get("/outcomes/marac-return?area=" + area.code() + "&quarter=" + QUARTER)
            .body();
    assertThat(page).contains("Repeat MARAC referrals", "46.7%", "Not known", "Male victims");
    // Counts only: nothing of any partner (every case here names the invented partner Jo
    // Testington).
    assertThat(page).doesNotContain("Testington");

    HttpResponse<byte[]> xlsx =
        apiGetBytes(
            area.token(Role.COMMISSIONER),
            "/api/v1/outcomes/marac-return/xlsx?area=" + area.code() + "&quarter=" + QUARTER);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    Map<String, List<String>> rows = new HashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : wb.getFirstSheet().read()) {
        if (row.getCellCount() >= 3 && row.getCellText(0) != null) {
          rows.put(
              row.getCellText(0),
              List.of(
                  row.getCellText(1),
                  row.getCellText(2),
                  row.getCellCount() > 3 ? row.getCellText(3) : ""));
        }
      }
    }
    assertThat(Double.parseDouble(rows.get("MARAC referrals made in the quarter").get(0)))
        .isEqualTo(15.0);
    assertThat(rows.get("Repeat MARAC referrals").get(1)).isEqualTo("46.7%");
    assertThat(Double.parseDouble(rows.get("Male victims").get(0))).isZero();
    assertThat(Double.parseDouble(rows.get("Male victims").get(2))).isEqualTo(9.0);
  }

  @Test
  void aRepeatCountIsWithheldWhenTheFirstReferralsLeftWouldGiveItAway() {
    TestArea area = newArea();
    // Eight made in the quarter: six repeats and two first referrals. The two are "<5", and the
    // six would give them away (eight minus six), so the six are withheld too.
    for (int i = 0; i < 2; i++) {
      caseWithMaracReferralsMadeOn(area, "2022-04-11", "2022-06-01");
    }
    for (int i = 0; i < 4; i++) {
      caseWithMaracReferralsMadeOn(area, "2021-12-01", "2022-05-16");
    }

    Map<String, JsonNode> lines = lines(area);
    assertThat(lines.get("MARAC_REFERRALS").get("value").asString()).isEqualTo("8");
    assertThat(lines.get("REPEAT_MARAC_REFERRALS").get("value").asString())
        .as("hidden, though not under 5")
        .isEqualTo(SecondarySuppression.MARKER);
    assertThat(lines.get("REPEAT_MARAC_REFERRALS").get("share").asString())
        .isEqualTo(Suppression.WITHHELD);
    // No population recorded for this area: the rate says so rather than guessing.
    assertThat(lines.get("PER_10000_ADULT_WOMEN").get("value").asString())
        .isEqualTo("No population recorded for the area");
  }

  /** Records her equality monitoring answers, as partner support, for the case's partner. */
  private void answers(TestArea area, String reference, String json) {
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
            json.replace("}", ", \"version\": 0}"));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
  }

  @Test
  void theSharesOfVictimsAreOfThoseKnownWithTheNotKnownApartAndSmallCountsSuppressed()
      throws Exception {
    TestArea area = newArea();
    String[] ethnicity = {"BLACK", "ASIAN", "MIXED", "OTHER", "BLACK", "BLACK", "ASIAN"};
    for (int i = 0; i < 12; i++) {
      // The first woman's case has two MARAC referrals in the quarter: she is counted once.
      String reference =
          i == 0
              ? caseWithMaracReferralsMadeOn(area, "2022-04-11", "2022-06-01")
              : caseWithMaracReferralsMadeOn(area, "2022-05-03");
      String orientation =
          switch (i) {
            case 0 -> "\"sexualOrientation\": \"BISEXUAL\"";
            case 1 -> "\"sexualOrientation\": \"STRAIGHT\", \"genderSameAsAtBirth\": \"NO\"";
            case 2, 3, 4, 5, 6 ->
                "\"sexualOrientation\": \"STRAIGHT\", \"genderSameAsAtBirth\": \"YES\"";
            default -> "\"sexualOrientation\": \"STRAIGHT\"";
          };
      answers(
          area,
          reference,
          "{\"ethnicity\": \"%s\", \"sex\": \"FEMALE\", %s%s, \"ageBand\": \"%s\"}"
              .formatted(
                  i < 7 ? ethnicity[i] : "WHITE",
                  orientation,
                  i < 5 ? ", \"disability\": \"YES\"" : "",
                  i < 2 ? "AGED_16_TO_17" : i < 7 ? "AGED_25_TO_34" : "PREFER_NOT_TO_SAY"));
    }
    // A man referred to MARAC after the quarter: his partner's answers are not counted.
    answers(
        area,
        caseWithMaracReferralsMadeOn(area, "2022-07-01"),
        "{\"ethnicity\": \"BLACK\", \"sex\": \"MALE\"}");

    Map<String, JsonNode> lines = lines(area);
    assertThat(lines.get("MARAC_REFERRALS").get("value").asString()).isEqualTo("13");
    assertShare(lines, "BLACK_AND_MINORITISED", "7", "58.3%", "0");
    assertShare(lines, "MALE", "0", "0.0%", "0");
    // Five yes, seven not asked: the share is of the five known.
    assertShare(lines, "DISABLED", "5", "100.0%", "7");
    // Two aged 16 or 17 (<5) beside five of another age: the five would give the two away with the
    // total, so they are withheld too, and so is the share; the five who preferred not to say
    // stand.
    assertShare(lines, "AGED_16_TO_17", Suppression.SMALL, Suppression.WITHHELD, "5");
    // Bisexual, and straight with a gender not as at birth: two (<5); five straight with a gender
    // as
    // at birth are not; five straight with the gender question not asked are not known.
    assertShare(lines, "LGBT", Suppression.SMALL, Suppression.WITHHELD, "5");

    String page =
        signedIn(area.user(Role.COMMISSIONER))
            .get("/outcomes/marac-return?area=" + area.code() + "&quarter=" + QUARTER)
            .body();
    assertThat(page).contains("58.3%", "100.0%", "Not known");
    HttpResponse<byte[]> xlsx =
        apiGetBytes(
            area.token(Role.SERVICE_MANAGER),
            "/api/v1/outcomes/marac-return/xlsx?area=" + area.code() + "&quarter=" + QUARTER);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> disabled =
          wb.getFirstSheet().read().stream()
              .filter(r -> "Disabled victims".equals(r.getCellText(0)))
              .toList();
      assertThat(disabled).hasSize(1);
      assertThat(Double.parseDouble(disabled.get(0).getCellText(1))).isEqualTo(5.0);
      assertThat(disabled.get(0).getCellText(2)).isEqualTo("100.0%");
      assertThat(Double.parseDouble(disabled.get(0).getCellText(3))).isEqualTo(7.0);
    }
  }

  private static void assertShare(
      Map<String, JsonNode> lines, String measure, String value, String share, String notKnown) {
    JsonNode line = lines.get(measure);
    assertThat(line.get("value").asString()).as(measure + " value").isEqualTo(value);
    assertThat(line.get("share").asString()).as(measure + " share").isEqualTo(share);
    assertThat(line.get("notKnown").asString()).as(measure + " not known").isEqualTo(notKnown);
  }

  @Test
  void onlyManagersAndCommissionersOfTheAreaSeeTheReturn() {
    TestArea area = newArea();
    String path = "/api/v1/outcomes/marac-return?area=" + area.code() + "&quarter=" + QUARTER;
    for (Role role : List.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER)) {
      assertThat(apiGet(area.token(role), path).statusCode()).as(role.name()).isEqualTo(403);
    }
    assertThat(apiGet(newArea().token(Role.COMMISSIONER), path).statusCode())
        .as("a commissioner of another area")
        .isEqualTo(404);
    assertThat(
            apiGet(
                    area.token(Role.COMMISSIONER),
                    "/api/v1/outcomes/marac-return?area=" + area.code() + "&quarter=2022-Q7")
                .statusCode())
        .isEqualTo(400);
  }
}
