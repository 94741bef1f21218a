package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correcting a recorded register through the API: the corrected mark is what counts for his hours
 * from then on, the entry it replaced is kept with who recorded it, and a correction without a
 * reason or on a stale version is refused with nothing changed.
 */
class RegisterApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final String WHY = "Invented: he was marked present by mistake";

  private TestArea area;
  private String worker;
  private ProgrammeGroup group;
  private String reference;
  private Place place;

  @BeforeEach
  void aManWhoAttendedTheFirstSession() {
    area = newArea();
    worker = area.token(Role.PERPETRATOR_WORKER);
    LocalDate first = clock.today().minusWeeks(2);
    group =
        AGroup.in(area)
            .named("Register API group " + System.nanoTime())
            .firstMeetingOn(first)
            .create(api());
    reference = newCase(area);
    place = group.place(reference, first).attended(1);
  }

  @Test
  void aCorrectionCountsFromThenOnAndKeepsTheEntryItReplaced() {
    JsonNode held = ok(apiGet(worker, groupPath() + "/sessions"));
    assertThat(held.get("total").asInt()).isEqualTo(1);
    JsonNode listed = held.get("sessions").get(0);
    assertThat(listed.get("attended").asInt()).isEqualTo(1);
    long session = listed.get("id").asLong();
    JsonNode before = entry(ok(apiGet(worker, registerPath(session))));
    assertThat(before.get("entry").get("mark").asString()).isEqualTo("ATTENDED");
    assertThat(before.get("version").asInt()).isZero();
    assertThat(hoursCompleted()).isEqualByComparingTo("1.875");

    HttpResponse<String> corrected =
        apiPut(
            worker,
            registerPath(session) + "/attendance/" + place.id(),
            correction("ABSENT_WITH_REASON", "\"Invented: at a funeral\"", WHY, 0));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    JsonNode now = JSON.readTree(corrected.body());
    assertThat(now.get("entry").get("mark").asString()).isEqualTo("ABSENT_WITH_REASON");
    assertThat(now.get("entry").get("absenceReason").asString())
        .isEqualTo("Invented: at a funeral");
    assertThat(now.get("version").asInt()).isEqualTo(1);
    JsonNode history = now.get("history");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("entry").get("mark").asString()).isEqualTo("ATTENDED");
    assertThat(history.get(0).hasNonNull("reason")).isFalse();
    assertThat(history.get(0).get("by").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());
    assertThat(history.get(1).get("reason").asString()).isEqualTo(WHY);
    assertThat(history.get(1).get("entry").get("mark").asString()).isEqualTo("ABSENT_WITH_REASON");

    // What counts reads the corrected mark: his page's progress and the published views.
    assertThat(hoursCompleted()).isEqualByComparingTo("0");
    assertThat(
            jdbc.sql("SELECT hours_attended FROM report_programme_place WHERE enrolment_id = :e")
                .param("e", place.id())
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("0");
    assertThat(
            jdbc.sql(
                    """
                    SELECT replaced_mark FROM attendance_correction
                    WHERE group_session_id = :s AND enrolment_id = :e
                    """)
                .param("s", session)
                .param("e", place.id())
                .query(String.class)
                .list())
        .containsExactly("ATTENDED");
    JsonNode after = ok(apiGet(worker, groupPath() + "/sessions")).get("sessions").get(0);
    assertThat(after.get("attended").asInt()).isZero();
    assertThat(after.get("corrected").asInt()).isEqualTo(1);
  }

  @Test
  void aCorrectionWithoutAReasonIsRefusedNamingTheReasonAndNothingChanges() {
    long session = onlySession();

    HttpResponse<String> refused =
        apiPut(
            worker,
            registerPath(session) + "/attendance/" + place.id(),
            correction("ABSENT_WITHOUT_REASON", "null", "  ", 0));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(fields(refused)).containsExactly("reason");
    assertThat(markNow(session)).isEqualTo("ATTENDED");
    assertThat(corrections(session)).isZero();
    assertThat(hoursCompleted()).isEqualByComparingTo("1.875");
  }

  @Test
  void aCorrectionOnAStaleVersionIsAConflictAndTheFirstCorrectionStands() {
    long session = onlySession();
    String path = registerPath(session) + "/attendance/" + place.id();

    HttpResponse<String> first = apiPut(worker, path, correction("LATE", "null", WHY, 0));
    HttpResponse<String> second =
        apiPut(
            area.token(Role.SERVICE_MANAGER),
            path,
            correction("ABSENT_WITHOUT_REASON", "null", "Invented: another view", 0));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    assertThat(JSON.readTree(second.body()).get("detail").asString())
        .contains("changed by someone else");
    assertThat(markNow(session)).isEqualTo("LATE");
    assertThat(corrections(session)).isEqualTo(1);
  }

  @Test
  void aRegisterOutsideTheCallersAreasIsNotFound() {
    long session = onlySession();
    String other = newArea().token(Role.PERPETRATOR_WORKER);

    assertThat(apiGet(other, registerPath(session)).statusCode()).isEqualTo(404);
    assertThat(
            apiPut(
                    other,
                    registerPath(session) + "/attendance/" + place.id(),
                    correction("LATE", "null", WHY, 0))
                .statusCode())
        .isEqualTo(404);
    assertThat(markNow(session)).isEqualTo("ATTENDED");
  }

  // --- helpers ---

  private String groupPath() {
    return "/api/v1/groups/" + group.id();
  }

  private String registerPath(long session) {
    return groupPath() + "/sessions/" + session;
  }

  private long onlySession() {
    return ok(apiGet(worker, groupPath() + "/sessions")).get("sessions").get(0).get("id").asLong();
  }

  private JsonNode entry(JsonNode register) {
    for (JsonNode e : register.get("entries")) {
      if (e.get("enrolmentId").asLong() == place.id()) {
        return e;
      }
    }
    throw new AssertionError("He is not in the register: " + register);
  }

  private BigDecimal hoursCompleted() {
    JsonNode places = ok(apiGet(worker, "/api/v1/cases/" + reference + "/programme"));
    return new BigDecimal(places.get(0).get("progress").get("hoursCompleted").asString());
  }

  private String markNow(long session) {
    return jdbc.sql("SELECT mark FROM attendance WHERE group_session_id = :s AND enrolment_id = :e")
        .param("s", session)
        .param("e", place.id())
        .query(String.class)
        .single();
  }

  private int corrections(long session) {
    return jdbc.sql("SELECT count(*) FROM attendance_correction WHERE group_session_id = :s")
        .param("s", session)
        .query(Integer.class)
        .single();
  }

  private static String correction(String mark, String absenceReason, String reason, int version) {
    return """
        {"mark": "%s", "absenceReason": %s, "disclosed": false, "blame": 2, "minimisation": 2,
         "denial": 1, "reason": "%s", "version": %d}
        """
        .formatted(mark, absenceReason, reason, version);
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> fields(HttpResponse<String> problem) {
    List<String> fields = new ArrayList<>();
    JSON.readTree(problem.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
