package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Her record's page draws on partner support, his programme, her women's groups and her
 * evaluations, yet it opens her case once: one access decision and one audit entry per view.
 */
class PartnerRecordOpensOnceTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Autowired MeterRegistry meters;

  @Test
  void oneViewOfHerRecordIsOneAccessDecisionAndOneAuditEntry() {
    TestArea area = newArea();
    TestArea.User worker = area.user(Role.PARTNER_SUPPORT_WORKER);
    HttpResponse<String> created =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", TestData.referralJson(area.id()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = JSON.readTree(created.body()).get("reference").asString();
    JsonNode her =
        JSON.readTree(apiGet(worker.token(), "/api/v1/cases/" + reference).body())
            .get("partners")
            .get(0);
    String path = "/cases/" + reference + "/partners/" + her.get("id").asLong();
    String api = "/api/v1" + path;
    int version = JSON.readTree(apiGet(worker.token(), api).body()).get("version").asInt();
    // With her consent the page also shows his attendance: every part of the page is drawn.
    HttpResponse<String> wishes =
        apiPut(
            worker.token(),
            api + "/wishes",
            """
            {"safeContactTimes": "Weekdays after 10am", "doNotContactBy": [],
             "consentToShare": true, "consentToAttendance": true, "version": %d}
            """
                .formatted(version));
    assertThat(wishes.statusCode()).as(wishes.body()).isEqualTo(204);
    PageSession session = PageSession.signedIn(baseUrl(), worker.username(), worker.password());

    double decisionsBefore = decisions();
    long auditBefore = auditEntries(reference);
    HttpResponse<String> page = session.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Jo Testington");

    assertThat(decisions() - decisionsBefore).as("access decisions for one page").isEqualTo(1.0);
    assertThat(auditEntries(reference) - auditBefore).as("audit entries for one page").isEqualTo(1);
  }

  private double decisions() {
    return meters.get("tandem.case.access").counter().count();
  }

  private long auditEntries(String reference) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE case_reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }
}
