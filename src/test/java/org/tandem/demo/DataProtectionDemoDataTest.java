package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo shows consents as gates: the perpetrator worker's caseload has a report shared on his
 * consent, and partner support has a referral to a refuge made on hers and a consent since
 * withdrawn.
 */
class DataProtectionDemoDataTest extends TandemTest {

  private static final String WORKER = "tdm_demo_perpetrator_4Kx9";

  @Test
  void aReportWasSharedOnHisConsent() {
    JsonNode work = new JsonMapper().readTree(apiGet(WORKER, "/api/v1/me/work").body());
    List<String> shared = new ArrayList<>();
    for (JsonNode c : work.get("caseload").get("cases").get("items")) {
      String sharings =
          apiGet(WORKER, "/api/v1/cases/" + c.get("reference").asString() + "/sharings").body();
      if (sharings.contains("Invented: the risk identification report")) {
        shared.add(sharings);
      }
    }
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0)).contains("CONSENT");
  }

  @Test
  void partnerSupportHasAReferralOnHerConsentAndAConsentWithdrawn() {
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM partner_referral_on o
                    JOIN partner_consent c ON c.id = o.consent_id
                    JOIN referral r ON r.id = c.referral_id JOIN area a ON a.id = r.area_id
                    WHERE a.code = 'NMR' AND o.basis = 'CONSENT' AND c.withdrawn_on IS NULL
                    """)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM partner_consent c
                    JOIN referral r ON r.id = c.referral_id JOIN area a ON a.id = r.area_id
                    WHERE a.code = 'NMR' AND c.withdrawn_on IS NOT NULL
                    """)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
