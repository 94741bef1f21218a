package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.outcomes.ReportPeriod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Someone trying the demo opens Northmoor's report for the last full quarter, as a manager, and
 * finds a service at work: men found appropriate for assessment and assessed by the quarter's end,
 * some starting the group, police evidence for the repeat-victimisation figure, and MARAC referrals
 * made in the quarter for the MARAC-style return.
 */
class LastQuarterDemoDataTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private JsonNode read(String path) {
    String quarter = ReportPeriod.quarterOf(clock.today()).previousQuarter().code();
    HttpResponse<String> r =
        apiGet(TestData.token("manager"), path + "?area=NMR&quarter=" + quarter);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** The first table of a section of the last quarter's report: each line's value by its label. */
  private Map<String, String> reportTable(String sectionId) {
    Map<String, String> table = new HashMap<>();
    for (JsonNode section : read("/api/v1/outcomes/area-report").get("sections")) {
      if (section.get("id").asString().equals(sectionId)) {
        section
            .get("tables")
            .get(0)
            .get("lines")
            .forEach(l -> table.put(l.get("label").asString(), l.get("value").asString()));
      }
    }
    return table;
  }

  @Test
  void theLastQuartersFunnelHasMenFoundAppropriateAssessedAndInTheProgramme() {
    Map<String, String> funnel = reportTable("funnel");
    assertThat(funnel.get("Referred")).isNotIn("0", "<5", null);
    assertThat(funnel.get("Appropriate for assessment")).isNotIn("0", null);
    assertThat(funnel.get("Assessed")).isNotIn("0", null);
    assertThat(funnel.get("Entered the programme")).isNotIn("0", null);
  }

  @Test
  void theLastQuartersRepeatVictimisationHasAssessedCasesWithPoliceEvidence() {
    Map<String, String> repeat = reportTable("repeat-victimisation");
    assertThat(repeat.get("Cases")).isNotIn("0", null);
    assertThat(repeat.get("Incidents evidenced before assessment")).isNotIn("0", null);
  }

  @Test
  void theLastQuartersMaracReturnCountsReferralsMadeAndTheWomensAnswers() {
    Map<String, JsonNode> lines = new HashMap<>();
    read("/api/v1/outcomes/marac-return")
        .get("lines")
        .forEach(l -> lines.put(l.get("measure").asString(), l));
    assertThat(lines.get("MARAC_REFERRALS").get("value").asString()).isNotIn("0", "");
    // The women on those cases answered about their ethnicity: known, so not all "not known".
    JsonNode minoritised = lines.get("BLACK_AND_MINORITISED");
    assertThat(minoritised.get("value").asString()).isNotEqualTo("0");
  }
}
