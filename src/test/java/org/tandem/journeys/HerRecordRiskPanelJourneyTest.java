package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Locator;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * Her worker opens her record and sees the family's risk as his workers know it: the level and why,
 * his DASH with strangulation called out, the police call-outs and the MARAC referral due, with a
 * way to the whole timeline.
 */
class HerRecordRiskPanelJourneyTest extends BrowserTest {

  @Test
  void herWorkerSeesTheFamilysRiskOnHerRecord() {
    Family family = newFamily(AReferral.in(area).withPartners(1));
    String worker = area.token(Role.PERPETRATOR_WORKER);
    // His DASH at assessment: 15 "yes" answers, the 15th strangulation: visible high risk.
    String answers =
        IntStream.rangeClosed(1, 24)
            .mapToObj(n -> "\"%d\": \"%s\"".formatted(n, n <= 15 ? "YES" : "NO"))
            .collect(Collectors.joining(", "));
    HttpResponse<String> dash =
        apiPut(
            worker,
            family.path() + "/assessment/dash",
            "{\"answers\": {%s}, \"judgement\": \"Invented judgement\", \"version\": 0}"
                .formatted(answers));
    assertThat(dash.statusCode()).as(dash.body()).isEqualTo(200);
    api()
        .created(
            worker,
            family.path() + "/risk-events",
            "{\"kind\": \"POLICE_CALL_OUT\", \"occurredOn\": \"%s\", \"summary\": \"Invented call-out\", \"raisesAlert\": false}"
                .formatted(clock.today().minusDays(3)));

    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate("/cases/" + family.reference() + "/partners/" + family.partner(0));
    Locator panel = page.locator("#family-risk");
    expect(panel.locator(".govuk-tag")).hasText("High");
    expect(panel).containsText("1 police call-out in the past year");
    expect(panel)
        .containsText(
            "His DASH, at his assessment: 15 of 24. Strangulation indicated: a homicide risk marker");
    expect(panel).containsText("A MARAC referral is due by");
    expect(page.locator("#dash-heading")).hasText("Her DASH");
    assertAccessible();

    follow(link(page, "See the family's risk timeline"));
    expect(page.locator("h1")).hasText("Risk timeline and MARAC");
    expect(page.locator("main")).containsText("Invented call-out");
    assertAccessible();
  }
}
