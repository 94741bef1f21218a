package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report signed off in Welsh is kept in Welsh, and a manager preparing a correction in English
 * sees only the figures that changed, not every figure under another name.
 */
class WelshSentReportTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea own;
  private ReportPeriod quarter;
  private String base;

  @BeforeEach
  void anAreaWithSixCasesLastQuarter() {
    own = newArea();
    quarter = ReportPeriod.quarterOf(clock.today()).previousQuarter();
    base = "/api/v1/area-reports/" + own.code() + "/" + quarter.code();
    for (int i = 0; i < 6; i++) {
      refer();
    }
  }

  private void refer() {
    newCase(own, AReferral.in(own).referredOn(quarter.from().plusDays(10)));
  }

  @Test
  void signedOffInWelshItStaysWelshAndItsDifferencesAreTheFiguresThatChanged() throws Exception {
    String manager = own.token(Role.SERVICE_MANAGER);
    HttpResponse<String> signed =
        apiPost(manager, base + "/versions?lang=cy", "{\"reviewedVersion\":0,\"notes\":\"\"}");
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);

    String commissioner = own.token(Role.COMMISSIONER);
    String json =
        new String(apiGetBytes(commissioner, base + "/versions/1").body(), StandardCharsets.UTF_8);
    assertThat(json).contains("Twndis atgyfeiriadau").doesNotContain("Referral funnel");
    String pdf =
        RiskReportFixture.pdfText(
            apiGetBytes(commissioner, base + "/versions/1?format=pdf").body());
    assertThat(pdf).contains("Wedi'u hatgyfeirio 6").doesNotContain("Referred 6");

    refer();
    HttpResponse<String> prepared = apiGet(manager, base + "/preparation");
    assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(200);
    JsonNode differences = JSON.readTree(prepared.body()).get("differences");
    assertThat(differences.toString())
        .contains("Wedi'u hatgyfeirio")
        .contains("\"was\":\"6 (100.0%)\"")
        .contains("\"now\":\"7 (100.0%)\"");
    for (JsonNode d : differences) {
      assertThat(d.get("was").isNull()).as(d.toString()).isFalse();
      assertThat(d.get("now").isNull()).as(d.toString()).isFalse();
    }
  }
}
