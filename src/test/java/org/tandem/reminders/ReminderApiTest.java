package org.tandem.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * His reminders and his preference through the API: problem details for a bad preference and for a
 * change someone else made first, the list without where anything was sent, every read and write in
 * the audit trail, and the doors shut to those who may not use them.
 */
class ReminderApiTest extends TandemTest {

  @Autowired private ApplicationEventPublisher events;
  @Autowired private TransactionTemplate transactions;

  @Test
  void hisPreferenceIsSetWithProblemsBesideTheirFieldsAndAChangeMeanwhileRefused() {
    TestArea area = newArea();
    String reference = newCase(area);
    String token = area.token(Role.PERPETRATOR_WORKER);
    String path = "/api/v1/cases/" + reference + "/reminder-preference";

    JsonNode notSet = TestApi.ok(apiGet(token, path));
    assertThat(notSet.get("channel").asString()).isEqualTo("NONE");
    assertThat(notSet.get("version").asInt()).isZero();

    HttpResponse<String> noEmail = apiPut(token, path, "{\"channel\": \"EMAIL\", \"version\": 0}");
    assertThat(noEmail.statusCode()).isEqualTo(400);
    assertThat(noEmail.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(noEmail.body())
        .contains("\"field\":\"email\"")
        .contains("Enter his email address for reminders by email");

    HttpResponse<String> badChannel =
        apiPut(token, path, "{\"channel\": \"PIGEON\", \"version\": 0}");
    assertThat(badChannel.statusCode()).isEqualTo(400);

    JsonNode saved = TestApi.ok(apiPut(token, path, "{\"channel\": \"TEXT\", \"version\": 0}"));
    assertThat(saved.get("channel").asString()).isEqualTo("TEXT");
    assertThat(saved.get("version").asInt()).isEqualTo(1);

    HttpResponse<String> stale = apiPut(token, path, "{\"channel\": \"NONE\", \"version\": 0}");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r"
                        + " AND what = 'reminder preference' AND action = 'UPDATE'")
                .param("r", reference)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theCaseListsHisRemindersWithoutWhereTheyWent() {
    TestArea area = newArea();
    String reference = newCase(area);
    ReminderFixture fixture = new ReminderFixture(events, transactions, jdbc);
    fixture.templatesSet();
    fixture.book(reference, fixture.newAppointmentId(), LocalDateTime.of(2026, 12, 20, 10, 0));

    HttpResponse<String> listed =
        apiGet(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + reference + "/reminders?size=1");
    JsonNode page = TestApi.ok(listed);
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("status").asString()).isEqualTo("PENDING");
    assertThat(listed.body()).doesNotContain("07700").doesNotContain("Invented Centre");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r AND what = 'reminders'")
                .param("r", reference)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theDoorsAreShutToThoseWhoMayNotUseThem() {
    TestArea area = newArea();
    String reference = newCase(area);
    TestArea elsewhere = newArea();

    assertThat(
            apiGet(
                    elsewhere.token(Role.PERPETRATOR_WORKER),
                    "/api/v1/cases/" + reference + "/reminders")
                .statusCode())
        .as("a case in an area the worker does not cover")
        .isEqualTo(404);
    assertThat(
            apiGet(area.token(Role.COMMISSIONER), "/api/v1/cases/" + reference + "/reminders")
                .statusCode())
        .isEqualTo(403);

    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(worker.get("/reminders/templates").statusCode()).isEqualTo(403);
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    assertThat(manager.get("/reminders/templates").statusCode()).isEqualTo(200);
    assertThat(manager.get("/reminders/templates/NO_SUCH").statusCode()).isEqualTo(404);
  }
}
