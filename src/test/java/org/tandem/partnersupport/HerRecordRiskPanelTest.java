package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/** Her worker sees the family's risk on her record: its level and why, call-outs and MARAC. */
class HerRecordRiskPanelTest extends TandemTest {

  @Test
  void herRecordShowsTheFamilysRiskLevelCallOutsAndTheMaracReferral() {
    TestArea area = newArea();
    Family family = newFamily(area);
    String worker = area.token(Role.PERPETRATOR_WORKER);
    api()
        .created(
            worker,
            family.path() + "/risk-events",
            "{\"kind\": \"POLICE_CALL_OUT\", \"occurredOn\": \"%s\", \"summary\": \"Invented call-out\", \"raisesAlert\": false}"
                .formatted(clock.today().minusDays(3)));
    api()
        .created(
            worker,
            family.path() + "/marac-referrals",
            "{\"reason\": \"Invented concern about escalating control\"}");

    String page =
        signedIn(area.user(Role.PARTNER_SUPPORT_WORKER))
            .get("/cases/" + family.reference() + "/partners/" + family.partner(0))
            .body();

    String panel = page.substring(page.indexOf("id=\"family-risk\""));
    panel = panel.substring(0, panel.indexOf("</div>"));
    assertThat(panel)
        .contains("The family&#39;s risk")
        .contains("High")
        .contains("1 police call-out in the past year")
        .contains("A MARAC referral is due by");
  }
}
