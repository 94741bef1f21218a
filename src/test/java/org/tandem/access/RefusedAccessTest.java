package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;

/**
 * Refused access is recorded: a perpetrator-facing role refused her record, and a worker refused
 * another area's case, each leave an entry in the audit trail saying who, what was asked and the
 * outcome; the 404 for another area's case looks exactly like the one for no case, while the trail
 * tells them apart; and someone refused again and again raises one alert for their area's manager.
 */
class RefusedAccessTest extends TandemTest {

  private static final Pattern PARTNER_ID = Pattern.compile("\"id\":(\\d+),\"relationship\"");

  private TestArea area;
  private TestArea otherArea;
  private String reference;
  private String herRecord;

  @BeforeEach
  void aCaseNamingHer() {
    area = newArea();
    otherArea = newArea();
    reference = newCase(area);
    Matcher id =
        PARTNER_ID.matcher(
            apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/cases/" + reference).body());
    assertThat(id.find()).as("partner support sees her id").isTrue();
    herRecord = "/cases/" + reference + "/partners/" + id.group(1);
  }

  @Test
  void aPerpetratorWorkerRefusedHerRecordIsInTheAuditTrail() {
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    PageSession session = signedIn(worker);

    assertThat(session.get(herRecord + "?point=SIX_MONTHS").statusCode()).isEqualTo(403);
    assertThat(apiGet(worker.token(), "/api/v1" + herRecord).statusCode()).isEqualTo(403);

    List<Map<String, Object>> refused = refusals(worker);
    assertThat(refused).hasSize(2);
    assertThat(refused)
        .allSatisfy(
            e -> {
              assertThat(e.get("referral_id")).isEqualTo(caseId());
              assertThat(e).containsEntry("case_reference", reference);
              assertThat(e).containsEntry("area_id", area.id());
              assertThat((String) e.get("what")).contains("403").doesNotContain("point");
            });
    assertThat(refused.get(0))
        .containsEntry("channel", "PAGE")
        .containsEntry("what", "refused (403 forbidden; a case in their area): GET " + herRecord);
    assertThat(refused.get(1))
        .containsEntry("channel", "API")
        .containsEntry(
            "what", "refused (403 forbidden; a case in their area): GET /api/v1" + herRecord);
  }

  @Test
  void aFormRefusedBySpringSecurityBeforeAnyPageIsRecordedAsAsked() {
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    PageSession session = signedIn(worker);

    // A page first, so the session holds a token; then a form without it, refused by the filter
    // chain and forwarded to the 403 page.
    assertThat(session.get("/cases").statusCode()).isEqualTo(200);
    HttpResponse<String> posted =
        session.post(herRecord + "/share", Map.of("summary", "Invented: no token"));
    assertThat(posted.statusCode()).isEqualTo(403);

    assertThat(refusals(worker))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e)
                  .containsEntry(
                      "what",
                      "refused (403 forbidden; a case in their area): POST " + herRecord + "/share")
                  .containsEntry("case_reference", reference)
                  .containsEntry("channel", "PAGE");
              assertThat((String) e.get("what")).doesNotContain("Invented");
            });
  }

  @Test
  void anotherAreasCaseIsRefusedExactlyAsNoCaseIsAndTheTrailTellsThemApart() {
    TestArea.User stranger = otherArea.user(Role.PERPETRATOR_WORKER);
    String noSuchCase = otherArea.code() + "-99999";

    HttpResponse<String> theirs = apiGet(stranger.token(), "/api/v1/cases/" + reference);
    HttpResponse<String> none = apiGet(stranger.token(), "/api/v1/cases/" + noSuchCase);
    assertThat(theirs.statusCode()).isEqualTo(404);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(theirs.body().replace(reference, "REF"))
        .as("the user cannot tell another area's case from none")
        .isEqualTo(none.body().replace(noSuchCase, "REF"));
    PageSession session = signedIn(stranger);
    HttpResponse<String> theirsPage = session.get("/cases/" + reference);
    HttpResponse<String> nonePage = session.get("/cases/" + noSuchCase);
    assertThat(theirsPage.statusCode()).isEqualTo(404);
    assertThat(nonePage.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(theirsPage.body()).select("main").text())
        .isEqualTo(Jsoup.parse(nonePage.body()).select("main").text());

    List<Map<String, Object>> refused = refusals(stranger);
    assertThat(refused).hasSize(4);
    assertThat(refused.get(0))
        .containsEntry("referral_id", caseId())
        .containsEntry("area_id", area.id())
        .containsEntry(
            "what",
            "refused (404 not found; a case in an area they do not cover): GET /api/v1/cases/"
                + reference);
    assertThat(refused.get(1))
        .containsEntry("referral_id", null)
        .containsEntry("case_reference", noSuchCase)
        .containsEntry(
            "what", "refused (404 not found; no such case): GET /api/v1/cases/" + noSuchCase);
    assertThat(refused.get(2)).containsEntry("referral_id", caseId());
    assertThat(refused.get(3)).containsEntry("case_reference", noSuchCase);
    assertThat(refused.get(2).get("channel")).isEqualTo("PAGE");
  }

  @Test
  void oneRefusalDoesNotAlertTheManager() {
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    assertThat(apiGet(worker.token(), "/api/v1" + herRecord).statusCode()).isEqualTo(403);

    assertThat(refusals(worker)).hasSize(1);
    assertThat(alerts(worker)).isZero();
    assertThat(managersAlerts(area)).doesNotContain(worker.username());
  }

  @Test
  void someoneRefusedAgainAndAgainRaisesOneAlertThatTheirManagerSees() {
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    for (int i = 0; i < 4; i++) {
      assertThat(apiGet(worker.token(), "/api/v1" + herRecord).statusCode()).isEqualTo(403);
    }
    assertThat(alerts(worker)).as("four refusals are not yet a burst").isZero();
    for (int i = 0; i < 4; i++) {
      assertThat(apiGet(worker.token(), "/api/v1" + herRecord).statusCode()).isEqualTo(403);
    }

    assertThat(refusals(worker)).hasSize(8);
    assertThat(alerts(worker)).as("one alert for the burst, not one per refusal").isEqualTo(1);
    String alerts = managersAlerts(area);
    assertThat(alerts)
        .contains(worker.displayName() + " (" + worker.username() + ")")
        .contains("Refused access 5 times since " + firstRefusal(worker) + " on ");
    assertThat(managersAlerts(otherArea))
        .as("another area's manager is not told")
        .doesNotContain(worker.username());

    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String form =
        Jsoup.parse(manager.get("/alerts").body())
            .select("form[action^=/refused-access]")
            .attr("action");
    HttpResponse<String> acknowledged =
        manager.post(form, Map.of("_csrf", manager.csrf("/alerts")));
    assertThat(acknowledged.statusCode()).isEqualTo(302);
    assertThat(managersAlerts(area)).doesNotContain(worker.username());
  }

  private long caseId() {
    return jdbc.sql("SELECT id FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private List<Map<String, Object>> refusals(TestArea.User user) {
    return jdbc.sql(
            """
            SELECT what, referral_id, case_reference, area_id, channel FROM audit_event
            WHERE username = :u AND action = 'REFUSED' ORDER BY id
            """)
        .param("u", user.username())
        .query()
        .listOfRows();
  }

  private long alerts(TestArea.User user) {
    return jdbc.sql("SELECT count(*) FROM refusal_alert WHERE username = :u")
        .param("u", user.username())
        .query(Long.class)
        .single();
  }

  private String managersAlerts(TestArea of) {
    HttpResponse<String> page = signedIn(of.user(Role.SERVICE_MANAGER)).get("/alerts");
    assertThat(page.statusCode()).isEqualTo(200);
    return Jsoup.parse(page.body()).select("main").text();
  }

  /** When the user was first refused, on the service's clock, as the alert gives it. */
  private String firstRefusal(TestArea.User user) {
    java.time.OffsetDateTime first =
        jdbc.sql(
                "SELECT min(occurred_at) FROM audit_event WHERE username = ? AND action = 'REFUSED'")
            .param(user.username())
            .query(java.time.OffsetDateTime.class)
            .single();
    return first
        .atZoneSameInstant(org.tandem.calendar.ServiceClock.ZONE)
        .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
  }
}
