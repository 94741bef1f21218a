package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * Text that a service takes on its own rather than in a record with rules (a reason for concern,
 * the worker's judgement beside the DASH) has its limit checked by the service, so the API and the
 * pages refuse the same thing with the same message.
 */
class TextTakenPlainLimitsTest extends TandemTest {

  @Test
  void anOverLongReasonForConcernIsRefusedNamingTheField() {
    TestArea area = newArea();
    String reference = newCase(area);

    HttpResponse<String> refused =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + reference + "/marac-referrals",
            "{\"reason\": \"" + "c".repeat(4001) + "\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"field\":\"reason\"")
        .contains("The reasons for your concern must be 4,000 characters or fewer");
    assertThat(maracReferrals(reference)).isZero();
  }

  @Test
  void anOverLongDashJudgementIsRefusedNamingTheField() {
    TestArea area = newArea();
    String reference = newCase(area);
    StringBuilder answers = new StringBuilder();
    for (int n = 1; n <= 24; n++) {
      answers.append(n == 1 ? "" : ", ").append("\"%d\": \"NO\"".formatted(n));
    }

    HttpResponse<String> refused =
        apiPut(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + reference + "/assessment/dash",
            "{\"answers\": {%s}, \"judgement\": \"%s\", \"version\": 0}"
                .formatted(answers, "j".repeat(4001)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"field\":\"judgement\"")
        .contains("Your judgement must be 4,000 characters or fewer");
  }

  private long maracReferrals(String reference) {
    return jdbc.sql(
            "SELECT count(*) FROM marac_referral m JOIN referral r ON r.id = m.referral_id"
                + " WHERE r.reference = :reference")
        .param("reference", reference)
        .query(Long.class)
        .single();
  }
}
