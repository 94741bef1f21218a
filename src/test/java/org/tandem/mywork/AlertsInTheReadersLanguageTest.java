package org.tandem.mywork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * An alert is kept as what happened, and each worker reads it in their own language: on My work, on
 * the alerts page and in the API. A worker's own reasons are shown as typed; an alert kept before,
 * as a sentence only, is shown as it was.
 */
class AlertsInTheReadersLanguageTest extends TandemTest {

  @Test
  void aWorkerWhoChoseWelshReadsTheAlertInWelshAndAnotherInEnglish() {
    TestArea area = newArea();
    Family family = newFamily(area).appropriate(null);
    String reference = family.reference();
    WorkFixture work = new WorkFixture(jdbc, api());
    work.allocate(family, true);
    PageSession welsh = signedIn(area.user(Role.PERPETRATOR_WORKER));
    welsh.get("/my-work?lang=cy");

    work.alertedEvent(family, clock.today(), "Invented disclosure");
    String reasons = "Invented: he said 'you'll see' {0} " + TestData.marker("why");
    HttpResponse<String> referred =
        apiPost(
            area.token(Role.SERVICE_MANAGER),
            family.path() + "/marac-referrals",
            "{\"reason\": \"" + reasons + "\"}");
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);

    String myWork = welsh.get("/my-work").body();
    assertThat(myWork)
        .contains("Digwyddiad newydd ar " + reference + ": datgeliad")
        .contains(
            "Mae "
                + reference
                + " bellach yn risg uchel: Barn broffesiynol: "
                + reasons.replace("'", "&#39;"))
        .doesNotContain("New disclosure on")
        .doesNotContain("is now high risk");
    assertThat(welsh.get("/alerts").body())
        .contains("Digwyddiad newydd ar " + reference + ": datgeliad");

    String token = area.token(Role.PERPETRATOR_WORKER);
    assertThat(withLanguage(token, "/api/v1/me/work", "cy").body())
        .contains("Digwyddiad newydd ar " + reference + ": datgeliad");
    assertThat(withLanguage(token, "/api/v1/me/work", "en").body())
        .contains("New disclosure on " + reference)
        .contains(reference + " is now high risk: Professional judgement: ");

    // The partner-support worker, who chose nothing, reads the same alerts in English.
    assertThat(signedIn(area.user(Role.PARTNER_SUPPORT_WORKER)).get("/alerts").body())
        .contains("New disclosure on " + reference)
        .contains(reference + " is now high risk: Professional judgement: ")
        .doesNotContain("Digwyddiad newydd");
  }

  @Test
  void anAlertKeptOnlyAsASentenceIsShownAsItWas() {
    TestArea area = newArea();
    Family family = newFamily(area).appropriate(null);
    String old = "Invented alert kept as it was " + TestData.marker("old");
    jdbc.sql(
            """
            INSERT INTO risk_alert (referral_id, for_user_id, message)
            SELECT r.id, :user, :message FROM referral r WHERE r.reference = :reference
            """)
        .param("user", area.user(Role.PERPETRATOR_WORKER).id())
        .param("message", old)
        .param("reference", family.reference())
        .update();

    PageSession welsh = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(welsh.get("/my-work?lang=cy").body()).contains(old);
    assertThat(welsh.get("/my-work?lang=en").body()).contains(old);
  }

  private HttpResponse<String> withLanguage(String token, String path, String language) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Cookie", "tandem-language=" + language)
                .GET()
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }
}
