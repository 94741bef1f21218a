package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service defines its own curriculum through the API: copying the default, adding, changing,
 * removing and reordering sessions with positions kept from 1 without gaps, a group set up on it
 * whose men's progress follows its stages and hours, delivered sessions kept, and only managers
 * changing curricula.
 */
class CurriculumApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String manager;
  private String perpetrator;
  private String intake;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    manager = area.token(Role.SERVICE_MANAGER);
    perpetrator = area.token(Role.PERPETRATOR_WORKER);
    intake = area.token(Role.INTAKE);
  }

  @Test
  void aCopyOfTheDefaultStartsWithItsSessionsAndTotals() {
    JsonNode list = json(apiGet(intake, "/api/v1/curricula"));
    JsonNode standard = null;
    for (JsonNode c : list) {
      if (c.get("isDefault").asBoolean()) {
        standard = c;
      }
    }
    assertThat(standard).as(list.toString()).isNotNull();
    assertThat(standard.get("sessions").asInt()).isEqualTo(32);
    assertThat(decimal(standard.get("hours"))).isEqualByComparingTo("60");
    // 11 stage-1 sessions of 1.875 hours: about a third of the programme.
    assertThat(decimal(standard.get("stageOneHours"))).isEqualByComparingTo("20.625");

    String name = marker("Copied curriculum ");
    HttpResponse<String> copied = copy(standard.get("id").asLong(), name);
    assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
    JsonNode copy = json(copied);
    long id = copy.get("id").asLong();
    assertThat(copied.headers().firstValue("Location")).hasValue("/api/v1/curricula/" + id);
    assertThat(copy.get("name").asString()).isEqualTo(name);
    assertThat(copy.get("isDefault").asBoolean()).isFalse();
    assertThat(copy.get("sessionCount").asInt()).isEqualTo(32);
    assertThat(decimal(copy.get("hours"))).isEqualByComparingTo("60");
    assertThat(copy.get("stageOnePercent").asInt()).isEqualTo(34);
    assertThat(copy.get("sessions").get(0).get("module").asString()).isEqualTo("Starting out");
    assertThat(positions(id)).isEqualTo(oneTo(32));

    // Viewing is open to anyone working on cases.
    HttpResponse<String> viewed = apiGet(perpetrator, "/api/v1/curricula/" + id);
    assertThat(viewed.statusCode()).as(viewed.body()).isEqualTo(200);
    assertThat(apiGet(intake, "/api/v1/curricula/999999999").statusCode()).isEqualTo(404);

    // A copy needs a curriculum to copy and a fresh name.
    HttpResponse<String> sameName = copy(standard.get("id").asLong(), name);
    assertThat(sameName.statusCode()).as(sameName.body()).isEqualTo(400);
    assertThat(problems(sameName))
        .containsExactly("name: A curriculum with this name already exists");
    HttpResponse<String> nothing = apiPost(manager, "/api/v1/curricula", "{\"name\": \" \"}");
    assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(400);
    assertThat(problems(nothing))
        .containsExactly(
            "fromId: Select the curriculum to copy", "name: Enter a name for the new curriculum");
    HttpResponse<String> unknown = copy(999_999_999L, marker("Unknown "));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(problems(unknown))
        .containsExactly("fromId: Select a curriculum from the list to copy");
  }

  @Test
  void sessionsAreAddedChangedRemovedAndReorderedKeepingPositionsContiguous() {
    long id = copyOfDefault();
    List<Long> ids = sessionIds(id);

    // Added at the end, then one at position 2.
    HttpResponse<String> added =
        apiPost(
            manager, sessions(id), session("Invented module", "Invented ending", 2, "2.5", null));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long last = json(added).get("id").asLong();
    assertThat(json(added).get("position").asInt()).isEqualTo(33);
    HttpResponse<String> inserted =
        apiPost(manager, sessions(id), session("Invented module", "Invented second", 1, "1", 2));
    assertThat(inserted.statusCode()).as(inserted.body()).isEqualTo(201);
    long second = json(inserted).get("id").asLong();
    assertThat(json(inserted).get("position").asInt()).isEqualTo(2);
    assertThat(positions(id)).isEqualTo(oneTo(34));
    assertThat(sessionIds(id).subList(0, 3)).containsExactly(ids.get(0), second, ids.get(1));
    JsonNode totals = json(apiGet(manager, "/api/v1/curricula/" + id));
    assertThat(decimal(totals.get("hours"))).isEqualByComparingTo("63.5");
    assertThat(decimal(totals.get("stageOneHours"))).isEqualByComparingTo("21.625");

    // Mistakes are refused naming each field, and nothing changes.
    HttpResponse<String> wrong = apiPost(manager, sessions(id), session(" ", " ", 3, "0.1", 99));
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
    assertThat(problems(wrong))
        .containsExactly(
            "module: Enter the module the session belongs to",
            "title: Enter what the session covers",
            "stage: Select stage 1 or stage 2",
            "hours: A session must count for at least 0.25 hours",
            "position: The position must be 35 or less");
    HttpResponse<String> tooLong =
        apiPost(manager, sessions(id), session("Invented", "Invented", 1, "8.5", null));
    assertThat(problems(tooLong)).containsExactly("hours: A session can count for at most 8 hours");
    HttpResponse<String> missing = apiPost(manager, sessions(id), "{}");
    assertThat(problems(missing))
        .containsExactly(
            "module: Enter the module the session belongs to",
            "title: Enter what the session covers",
            "stage: Select stage 1 or stage 2",
            "hours: Enter the hours the session counts for");
    assertThat(positions(id)).isEqualTo(oneTo(34));

    // Changed, and moved to the front.
    HttpResponse<String> changed =
        apiPut(
            manager,
            sessions(id) + "/" + last,
            session("Invented closing", "Invented ending, changed", 2, "3", 1));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).get("position").asInt()).isEqualTo(1);
    assertThat(json(changed).get("title").asString()).isEqualTo("Invented ending, changed");
    assertThat(decimal(json(changed).get("hours"))).isEqualByComparingTo("3");
    assertThat(positions(id)).isEqualTo(oneTo(34));
    assertThat(sessionIds(id).subList(0, 3)).containsExactly(last, ids.get(0), second);
    HttpResponse<String> badEdit =
        apiPut(manager, sessions(id) + "/" + last, session("Invented", "Invented", 1, "2", 35));
    assertThat(problems(badEdit)).containsExactly("position: The position must be 34 or less");

    // Removed, closing the gap.
    HttpResponse<String> removed = apiDelete(manager, sessions(id) + "/" + second);
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    assertThat(positions(id)).isEqualTo(oneTo(33));
    assertThat(sessionIds(id)).doesNotContain(second);
    assertThat(apiDelete(manager, sessions(id) + "/" + second).statusCode()).isEqualTo(404);

    // A session of another curriculum is not found through this one.
    long other = copyOfDefault();
    assertThat(apiDelete(manager, sessions(other) + "/" + last).statusCode()).isEqualTo(404);
    assertThat(sessionIds(id)).contains(last);
  }

  @Test
  void aGroupOnTheNewCurriculumRunsItAndProgressFollowsItsStagesAndHours() {
    long id = copyOfDefault();
    List<Long> ids = sessionIds(id);
    // Keep the first two sessions (both stage 1), then make the second stage 2 and add another.
    for (Long s : ids.subList(2, ids.size())) {
      HttpResponse<String> removed = apiDelete(manager, sessions(id) + "/" + s);
      assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    }
    assertThat(
            apiPut(
                    manager,
                    sessions(id) + "/" + ids.get(1),
                    session("Invented module", "Invented respect", 2, "3", null))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            apiPost(
                    manager,
                    sessions(id),
                    session("Invented module", "Invented end", 2, "2.5", null))
                .statusCode())
        .isEqualTo(201);

    LocalDate today = clock.today();
    HttpResponse<String> created =
        apiPost(perpetrator, "/api/v1/groups", groupJson(marker("Own curriculum "), today, id));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long group = json(created).get("id").asLong();
    JsonNode curriculum = json(apiGet(perpetrator, "/api/v1/groups/" + group + "/curriculum"));
    assertThat(curriculum).hasSize(3);
    assertThat(curriculum.get(1).get("title").asString()).isEqualTo("Invented respect");
    assertThat(json(apiGet(manager, "/api/v1/curricula/" + id)).get("groupsUsing").asInt())
        .isEqualTo(1);

    // He attends the first session: stage 1 of this curriculum is done, unlike the default's.
    String reference = newCase();
    foundSuitable(perpetrator, reference);
    HttpResponse<String> enrolled =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/programme",
            "{\"groupId\": %d, \"withInterpreter\": false}".formatted(group));
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    long place = json(enrolled).get("enrolmentId").asLong();
    HttpResponse<String> recorded =
        apiPost(
            perpetrator,
            "/api/v1/groups/" + group + "/sessions",
            """
            {"heldOn": "%s", "curriculumSessionId": %d, "facilitators": "Invented facilitators",
             "marks": [{"enrolmentId": %d, "mark": "ATTENDED", "disclosed": false,
                        "blame": 2, "minimisation": 2, "denial": 2}]}
            """
                .formatted(today, ids.get(0), place));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

    JsonNode progress =
        json(apiGet(perpetrator, "/api/v1/cases/" + reference + "/programme"))
            .get(0)
            .get("progress");
    assertThat(decimal(progress.get("hoursInCurriculum"))).isEqualByComparingTo("7.375");
    assertThat(decimal(progress.get("hoursCompleted"))).isEqualByComparingTo("1.875");
    assertThat(progress.get("stageOneComplete").asBoolean()).isTrue();
    assertThat(progress.get("sixtyHoursComplete").asBoolean()).isFalse();
    assertThat(progress.get("needed")).hasSize(2);

    // The delivered session stays: it cannot be removed, nor its stage or hours changed...
    HttpResponse<String> removal = apiDelete(manager, sessions(id) + "/" + ids.get(0));
    assertThat(removal.statusCode()).as(removal.body()).isEqualTo(400);
    assertThat(problems(removal))
        .containsExactly(
            "sessionId: A group has delivered this session, so it cannot be removed: its record"
                + " and the men's attendance depend on it");
    HttpResponse<String> rehoured =
        apiPut(
            manager,
            sessions(id) + "/" + ids.get(0),
            session("Starting out", "Invented", 2, "2", null));
    assertThat(rehoured.statusCode()).as(rehoured.body()).isEqualTo(400);
    assertThat(fields(rehoured)).containsExactly("stage", "hours");
    assertThat(sessionIds(id)).hasSize(3).contains(ids.get(0));

    // ...but its wording may change, and undelivered sessions may still go.
    HttpResponse<String> reworded =
        apiPut(
            manager,
            sessions(id) + "/" + ids.get(0),
            session("Starting out", "Invented ground rules, reworded", 1, "1.875", null));
    assertThat(reworded.statusCode()).as(reworded.body()).isEqualTo(200);
    assertThat(apiDelete(manager, sessions(id) + "/" + ids.get(1)).statusCode()).isEqualTo(204);
    JsonNode after =
        json(apiGet(perpetrator, "/api/v1/cases/" + reference + "/programme"))
            .get(0)
            .get("progress");
    assertThat(decimal(after.get("hoursInCurriculum"))).isEqualByComparingTo("4.375");
    assertThat(after.get("done").get(0).get("title").asString())
        .isEqualTo("Invented ground rules, reworded");
  }

  @Test
  void anUnknownCurriculumForAGroupIsRefusedNamingIt() {
    HttpResponse<String> refused =
        apiPost(
            manager,
            "/api/v1/groups",
            groupJson(marker("Unknown curriculum "), clock.today(), 999_999_999L));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(problems(refused))
        .containsExactly("curriculumId: Select a curriculum from the list");

    // Without one, the group runs the default.
    HttpResponse<String> created =
        apiPost(manager, "/api/v1/groups", groupJson(marker("Default "), clock.today(), null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long group = json(created).get("id").asLong();
    assertThat(json(apiGet(manager, "/api/v1/groups/" + group + "/curriculum"))).hasSize(32);
  }

  @Test
  void theDefaultCanBeChangedAndNewGroupsUseIt() {
    long standard = defaultId();
    long id = copyOfDefault();
    try {
      HttpResponse<String> made = apiPost(manager, "/api/v1/curricula/" + id + "/default", "");
      assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
      assertThat(defaultId()).isEqualTo(id);
      assertThat(
              jdbc.sql("SELECT count(*) FROM curriculum WHERE is_default")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
      assertThat(apiDelete(manager, sessions(id) + "/" + sessionIds(id).get(0)).statusCode())
          .isEqualTo(204);
      HttpResponse<String> created =
          apiPost(
              manager, "/api/v1/groups", groupJson(marker("New default "), clock.today(), null));
      long group = json(created).get("id").asLong();
      assertThat(json(apiGet(manager, "/api/v1/groups/" + group + "/curriculum"))).hasSize(31);
    } finally {
      apiPost(manager, "/api/v1/curricula/" + standard + "/default", "");
    }
    assertThat(defaultId()).isEqualTo(standard);
  }

  @Test
  void onlyManagersChangeCurricula() {
    long id = copyOfDefault();
    long first = sessionIds(id).get(0);
    String body = session("Invented", "Invented", 1, "2", null);
    assertThat(
            apiPost(perpetrator, "/api/v1/curricula", copyJson(id, marker("Not theirs ")))
                .statusCode())
        .isEqualTo(403);
    assertThat(apiPost(perpetrator, sessions(id), body).statusCode()).isEqualTo(403);
    assertThat(apiPut(perpetrator, sessions(id) + "/" + first, body).statusCode()).isEqualTo(403);
    assertThat(apiDelete(perpetrator, sessions(id) + "/" + first).statusCode()).isEqualTo(403);
    assertThat(apiPost(perpetrator, "/api/v1/curricula/" + id + "/default", "").statusCode())
        .isEqualTo(403);
    assertThat(apiPost(intake, sessions(id), body).statusCode()).isEqualTo(403);
    assertThat(sessionIds(id)).hasSize(32).contains(first);
    assertThat(apiGet(perpetrator, "/api/v1/curricula").statusCode()).isEqualTo(200);
  }

  @Test
  void theApiDocsDescribeTheCurriculumEndpoints() {
    HttpResponse<String> docs = apiGet(manager, "/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = json(docs).get("paths");
    assertThat(paths.has("/api/v1/curricula")).isTrue();
    assertThat(paths.get("/api/v1/curricula/{id}/sessions/{sessionId}").has("put")).isTrue();
    assertThat(paths.get("/api/v1/curricula/{id}/sessions/{sessionId}").has("delete")).isTrue();
  }

  // --- helpers ---

  private long defaultId() {
    return jdbc.sql("SELECT id FROM curriculum WHERE is_default").query(Long.class).single();
  }

  private long copyOfDefault() {
    HttpResponse<String> copied = copy(defaultId(), marker("Curriculum "));
    assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
    return json(copied).get("id").asLong();
  }

  private HttpResponse<String> copy(long fromId, String name) {
    return apiPost(manager, "/api/v1/curricula", copyJson(fromId, name));
  }

  private static String copyJson(long fromId, String name) {
    return "{\"fromId\": %d, \"name\": \"%s\"}".formatted(fromId, name);
  }

  private static String sessions(long curriculumId) {
    return "/api/v1/curricula/" + curriculumId + "/sessions";
  }

  private static String session(
      String module, String title, int stage, String hours, Integer position) {
    return """
        {"module": "%s", "title": "%s", "stage": %d, "hours": %s, "position": %s}
        """
        .formatted(module, title, stage, hours, position == null ? "null" : position);
  }

  private List<Long> sessionIds(long curriculumId) {
    List<Long> ids = new ArrayList<>();
    json(apiGet(manager, "/api/v1/curricula/" + curriculumId))
        .get("sessions")
        .forEach(s -> ids.add(s.get("id").asLong()));
    return ids;
  }

  private List<Integer> positions(long curriculumId) {
    List<Integer> positions = new ArrayList<>();
    json(apiGet(manager, "/api/v1/curricula/" + curriculumId))
        .get("sessions")
        .forEach(s -> positions.add(s.get("position").asInt()));
    return positions;
  }

  private static List<Integer> oneTo(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(i);
    }
    return list;
  }

  private long northmoor() {
    return area.id();
  }

  private String groupJson(String name, LocalDate first, Long curriculumId) {
    return """
        {"areaId": %d, "name": "%s", "capacity": 12, "intakeEveryWeeks": 6,
         "firstSessionOn": "%s", "startsAt": "18:30", "absenceLimit": 3, "curriculumId": %s}
        """
        .formatted(northmoor(), name, first, curriculumId == null ? "null" : curriculumId);
  }

  private String newCase() {
    HttpResponse<String> created =
        apiPost(intake, "/api/v1/referrals", TestData.referralJson(northmoor()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("reference").asString();
  }

  private HttpResponse<String> apiDelete(String token, String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .DELETE()
            .build());
  }

  private static BigDecimal decimal(JsonNode node) {
    return new BigDecimal(node.asString());
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static List<String> problems(HttpResponse<String> response) {
    List<String> problems = new ArrayList<>();
    JsonNode errors = json(response).get("errors");
    assertThat(errors).as(response.body()).isNotNull();
    errors.forEach(
        e -> problems.add(e.get("field").asString() + ": " + e.get("message").asString()));
    return problems;
  }

  private static List<String> fields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
