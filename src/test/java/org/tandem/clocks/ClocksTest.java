package org.tandem.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;

/** His clocks on his case and in the API, attempts to reach him, and the manager's breaches. */
class ClocksTest extends TandemTest {

  // Wednesday 2 December 2026: the Monday before is 30 November, the Friday before 27 November.
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 15, 0);

  @BeforeEach
  void stopTheClock() {
    clock.travelTo(NOW);
  }

  private String caseReferredOn(TestArea area, LocalDate day) {
    return newCase(area, AReferral.in(area).referredOn(day));
  }

  private HttpResponse<String> attempt(TestArea area, String reference, String json) {
    return apiPost(
        area.token(Role.PERPETRATOR_WORKER),
        "/api/v1/cases/" + reference + "/contact-attempts",
        json);
  }

  private JsonNode clock(TestArea area, String reference, String kind) {
    JsonNode clocks =
        TestApi.ok(
            apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/cases/" + reference + "/clocks"));
    for (JsonNode c : clocks) {
      if (c.get("kind").asString().equals(kind)) {
        return c;
      }
    }
    throw new AssertionError("no clock " + kind + " in " + clocks);
  }

  @Test
  void anAttemptWithinTheTargetMeetsHisFirstClock() {
    TestArea area = newArea();
    String reference = caseReferredOn(area, LocalDate.of(2026, 11, 30));
    assertThat(clock(area, reference, "HIS_FIRST_ATTEMPT").get("state").asString())
        .isEqualTo("RUNNING");

    HttpResponse<String> made =
        attempt(
            area,
            reference,
            """
            {"method": "PHONE", "attemptedOn": "2026-12-02", "attemptedAt": "09:30", "reached": false}
            """);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);

    JsonNode first = clock(area, reference, "HIS_FIRST_ATTEMPT");
    assertThat(first.get("state").asString()).isEqualTo("MET");
    assertThat(first.get("daysTaken").asInt()).isEqualTo(2);
    assertThat(first.get("endedOn").asString()).isEqualTo("2026-12-02");
    assertThat(first.get("dueOn").asString()).isEqualTo("2026-12-02");
    assertThat(clock(area, reference, "HIS_ASSESSMENT").get("state").asString())
        .isEqualTo("RUNNING");
    JsonNode attempts =
        TestApi.ok(
            apiGet(area.token(Role.INTAKE), "/api/v1/cases/" + reference + "/contact-attempts"));
    assertThat(attempts).hasSize(1);
    assertThat(attempts.get(0).get("method").asString()).isEqualTo("PHONE");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r"
                        + " AND action = 'CREATE' AND what = 'contact attempt with him'")
                .param("r", reference)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void noAttemptPastTheTargetIsABreachListedForTheManager() {
    TestArea area = newArea();
    // Friday 20 November: 2 working days is Tuesday 24th; today is Wednesday 2 December.
    String late = caseReferredOn(area, LocalDate.of(2026, 11, 20));
    String inTime = caseReferredOn(area, LocalDate.of(2026, 12, 1));
    assertThat(clock(area, late, "HIS_FIRST_ATTEMPT").get("state").asString())
        .isEqualTo("BREACHED");

    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    HttpResponse<String> all = manager.get("/clocks/breaches?clock=HIS_FIRST_ATTEMPT");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains(late).doesNotContain(inTime);
    HttpResponse<String> programme = manager.get("/clocks/breaches?clock=HIS_PROGRAMME_START");
    assertThat(programme.body()).doesNotContain(late);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r"
                        + " AND action = 'LIST' AND what = 'clock breaches'")
                .param("r", late)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theBreachesAreForManagersOnly() {
    TestArea area = newArea();
    for (Role role :
        new Role[] {Role.PERPETRATOR_WORKER, Role.INTAKE, Role.PARTNER_SUPPORT_WORKER}) {
      assertThat(signedIn(area.user(role)).get("/clocks/breaches").statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
  }

  @Test
  void aBadAttemptIsRefusedNamingTheField() {
    TestArea area = newArea();
    String reference = caseReferredOn(area, LocalDate.of(2026, 11, 30));
    HttpResponse<String> empty = attempt(area, reference, "{}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("method", "attemptedOn", "attemptedAt", "reached");
    HttpResponse<String> future =
        attempt(
            area,
            reference,
            """
            {"method": "PHONE", "attemptedOn": "2026-12-02", "attemptedAt": "16:00", "reached": true}
            """);
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("attemptedAt", "now or in the past");
    HttpResponse<String> before =
        attempt(
            area,
            reference,
            """
            {"method": "PHONE", "attemptedOn": "2026-11-27", "attemptedAt": "10:00", "reached": true}
            """);
    assertThat(before.statusCode()).isEqualTo(400);
    assertThat(before.body()).contains("attemptedOn", "referral date");
    HttpResponse<String> garbled =
        attempt(
            area,
            reference,
            """
            {"method": "PIGEON", "attemptedOn": "2026-13-45", "attemptedAt": "25:99", "reached": 3}
            """);
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(garbled.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
  }

  @Test
  void aCaseOutsideTheWorkersAreasIsNotFound() {
    TestArea area = newArea();
    TestArea other = newArea();
    String reference = caseReferredOn(area, LocalDate.of(2026, 11, 30));
    assertThat(
            apiGet(other.token(Role.PERPETRATOR_WORKER), "/api/v1/cases/" + reference + "/clocks")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            attempt(
                    other,
                    reference,
                    """
                    {"method": "PHONE", "attemptedOn": "2026-12-01", "attemptedAt": "09:30", "reached": true}
                    """)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aWorkerRecordsAnAttemptOnHisCasePageAndAMistakeIsShownBackAsTyped() {
    TestArea area = newArea();
    String reference = caseReferredOn(area, LocalDate.of(2026, 11, 30));
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    HttpResponse<String> casePage = worker.get("/cases/" + reference);
    assertThat(casePage.body())
        .contains("id=\"clocks\"", "First attempt to contact him", "Running")
        .doesNotContain("Reaching her");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", worker.csrf("/cases/" + reference + "/contact-attempts/new"));
    form.put("method", "TEXT_MESSAGE");
    form.put("attemptedOn.day", "1");
    form.put("attemptedOn.month", "12");
    form.put("attemptedOn.year", "2026");
    form.put("attemptedAt", "half past nine");
    form.put("reached", "YES");
    HttpResponse<String> wrong = worker.post("/cases/" + reference + "/contact-attempts", form);
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("Enter the time as hours and minutes, for example 14:30")
        .contains("value=\"half past nine\"");

    form.put("attemptedAt", "9:30");
    HttpResponse<String> saved = worker.post("/cases/" + reference + "/contact-attempts", form);
    assertThat(saved.statusCode()).isEqualTo(302);
    String after = worker.get("/cases/" + reference).body();
    assertThat(after).contains("1 Dec 2026 09:30", "Text message", "Met");
  }
}
