package org.tandem.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.referralJson;

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
 * Children's work through the API: a child's protection status over time, sessions and the safety
 * ladder, who may use it, and what is refused.
 */
class ChildrenApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String childrens;
  private String partner;
  private String manager;
  private String intake;
  private String perpetrator;
  private String otherAreasWorker;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    childrens = area.token(Role.CHILDRENS_WORKER);
    partner = area.token(Role.PARTNER_SUPPORT_WORKER);
    manager = area.token(Role.SERVICE_MANAGER);
    intake = area.token(Role.INTAKE);
    perpetrator = area.token(Role.PERPETRATOR_WORKER);
    otherAreasWorker = otherArea.token(Role.PERPETRATOR_WORKER);
  }

  private static LocalDate today() {
    return clock.today();
  }

  // --- the happy path ---

  @Test
  void theChildrensWorkerRecordsAStatusChangeSessionsAndTheLadderBeforeAndAfter() {
    String reference = newCase();
    JsonNode child = onlyChild(childrens, reference);
    long id = child.get("id").asLong();
    assertThat(child.get("givenName").asString()).isEqualTo("Kit");
    assertThat(child.get("protectionStatus").asString()).isEqualTo("CHILD_IN_NEED");
    assertThat(child.get("version").asInt()).isZero();
    assertThat(child.get("statusHistory")).hasSize(1);
    assertThat(child.get("statusHistory").get(0).get("atReferral").asBoolean()).isTrue();
    assertThat(child.get("ladder").has("change")).as("no change until both readings").isFalse();
    assertThat(child.get("sessionCount").asLong()).isZero();

    HttpResponse<String> changed =
        apiPost(
            childrens,
            childPath(reference, id) + "/protection-status",
            status("CHILD_PROTECTION_PLAN", today().minusDays(1), 0));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);
    JsonNode afterChange = json(changed);
    assertThat(afterChange.get("protectionStatus").asString()).isEqualTo("CHILD_PROTECTION_PLAN");
    assertThat(afterChange.get("version").asInt()).isEqualTo(1);
    assertThat(storedStatus(id)).isEqualTo("CHILD_PROTECTION_PLAN");

    HttpResponse<String> first =
        apiPost(
            childrens,
            childPath(reference, id) + "/sessions",
            session(today().minusDays(3), 45, "ONE_TO_ONE", "Invented: drew a safe place"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    HttpResponse<String> second =
        apiPost(
            partner,
            childPath(reference, id) + "/sessions",
            session(today(), 60, "FAMILY", "Invented: played the feelings game"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

    HttpResponse<String> before =
        apiPost(
            childrens,
            childPath(reference, id) + "/safety-ladder",
            reading("BEFORE", today().minusDays(3), 3));
    assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
    HttpResponse<String> after =
        apiPost(manager, childPath(reference, id) + "/safety-ladder", reading("AFTER", today(), 7));
    assertThat(after.statusCode()).as(after.body()).isEqualTo(201);

    JsonNode now = onlyChild(childrens, reference);
    JsonNode history = now.get("statusHistory");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("status").asString()).isEqualTo("CHILD_PROTECTION_PLAN");
    assertThat(history.get(0).get("since").asString()).isEqualTo(today().minusDays(1).toString());
    assertThat(history.get(0).get("recordedBy").asString())
        .isEqualTo(area.user(Role.CHILDRENS_WORKER).username());
    assertThat(history.get(0).get("atReferral").asBoolean()).isFalse();
    assertThat(history.get(1).get("status").asString()).isEqualTo("CHILD_IN_NEED");
    assertThat(history.get(1).get("since").asString()).isEqualTo(today().minusDays(3).toString());
    assertThat(history.get(1).get("atReferral").asBoolean()).isTrue();

    JsonNode sessions = now.get("recentSessions");
    assertThat(now.get("sessionCount").asLong()).isEqualTo(2);
    assertThat(sessions.get(0).get("kind").asString()).isEqualTo("FAMILY");
    assertThat(sessions.get(0).get("durationMinutes").asInt()).isEqualTo(60);
    assertThat(sessions.get(0).get("recordedBy").asString())
        .isEqualTo(area.user(Role.PARTNER_SUPPORT_WORKER).username());
    assertThat(sessions.get(1).get("wellbeingNotes").asString())
        .isEqualTo("Invented: drew a safe place");

    JsonNode ladder = now.get("ladder");
    assertThat(ladder.get("before").get("rating").asInt()).isEqualTo(3);
    assertThat(ladder.get("after").get("rating").asInt()).isEqualTo(7);
    assertThat(ladder.get("after").get("recordedBy").asString())
        .isEqualTo(area.user(Role.SERVICE_MANAGER).username());
    assertThat(ladder.get("change").asInt()).isEqualTo(4);
    assertThat(ladder.get("summary").asString()).isEqualTo("3 → 7, up 4");
    assertThat(ladder.get("readings")).hasSize(2);
    assertThat(ladder.get("readings").get(0).get("stage").asString()).isEqualTo("AFTER");
  }

  @Test
  void everyReadAndWriteIsAuditedWithoutItsContent() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    String notes = "Invented: ZQXnotes said she felt safer";
    assertThat(
            apiPost(
                    childrens,
                    childPath(reference, id) + "/sessions",
                    session(today(), 30, "GROUP", notes))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            apiPost(
                    childrens,
                    childPath(reference, id) + "/safety-ladder",
                    reading("BEFORE", today(), 2))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            apiPost(
                    childrens,
                    childPath(reference, id) + "/protection-status",
                    status("EARLY_HELP", today(), 0))
                .statusCode())
        .isEqualTo(201);

    List<String> audited =
        jdbc.sql(
                """
                SELECT action || ' ' || what FROM audit_event
                WHERE case_reference = :r AND username = :worker ORDER BY id
                """)
            .param("r", reference)
            .param("worker", area.user(Role.CHILDRENS_WORKER).username())
            .query(String.class)
            .list();
    assertThat(audited)
        .contains(
            "READ children's work",
            "CREATE children's session",
            "CREATE safety ladder reading",
            "UPDATE child protection status");
    assertThat(audited).noneMatch(a -> a.contains("ZQX") || a.contains("EARLY"));
  }

  // --- sessions are paged, newest first ---

  @Test
  void sessionsArePagedNewestFirst() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    for (int days = 6; days >= 0; days--) {
      HttpResponse<String> r =
          apiPost(
              childrens,
              childPath(reference, id) + "/sessions",
              session(today().minusDays(days), 10 + days, "ONE_TO_ONE", ""));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    JsonNode child = onlyChild(childrens, reference);
    assertThat(child.get("sessionCount").asLong()).isEqualTo(7);
    assertThat(child.get("recentSessions")).hasSize(ChildrensWork.RECENT_SESSIONS);
    assertThat(child.get("recentSessions").get(0).get("heldOn").asString())
        .isEqualTo(today().toString());
    assertThat(child.get("recentSessions").get(0).has("wellbeingNotes"))
        .as("blank notes are stored as none")
        .isFalse();

    HttpResponse<String> second =
        apiGet(childrens, childPath(reference, id) + "/sessions?page=1&size=5");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    JsonNode page = json(second);
    assertThat(page.get("total").asLong()).isEqualTo(7);
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("items").get(1).get("heldOn").asString())
        .isEqualTo(today().minusDays(6).toString());
    assertThat(page.get("items").get(1).get("durationMinutes").asInt()).isEqualTo(16);
  }

  // --- validation ---

  @Test
  void anInvalidSessionIsRefusedNamingEachFieldAndNothingIsSaved() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    HttpResponse<String> response =
        apiPost(
            childrens,
            childPath(reference, id) + "/sessions",
            """
            {"heldOn": "%s", "durationMinutes": 601, "wellbeingNotes": "%s"}
            """
                .formatted(today().plusDays(1), "x".repeat(4001)));
    assertProblem(response, 400);
    assertThat(errorFields(response))
        .containsExactly("heldOn", "durationMinutes", "kind", "wellbeingNotes");

    HttpResponse<String> zero =
        apiPost(
            childrens,
            childPath(reference, id) + "/sessions",
            session(today(), 0, "GROUP", "x".repeat(4000)));
    assertProblem(zero, 400);
    assertThat(errorFields(zero)).containsExactly("durationMinutes");

    assertThat(onlyChild(childrens, reference).get("sessionCount").asLong()).isZero();
    assertThat(
            apiPost(
                    childrens,
                    childPath(reference, id) + "/sessions",
                    session(today(), 600, "GROUP", "x".repeat(4000)))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void ladderRatingsOutsideOneToTenAreRefused() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    for (int rating : new int[] {0, 11}) {
      HttpResponse<String> response =
          apiPost(
              childrens,
              childPath(reference, id) + "/safety-ladder",
              reading("BEFORE", today(), rating));
      assertProblem(response, 400);
      assertThat(errorFields(response)).containsExactly("rating");
    }
    HttpResponse<String> empty =
        apiPost(childrens, childPath(reference, id) + "/safety-ladder", "{}");
    assertProblem(empty, 400);
    assertThat(errorFields(empty)).containsExactly("stage", "takenOn", "rating");
    assertThat(onlyChild(childrens, reference).get("ladder").get("readings")).isEmpty();
  }

  @Test
  void anAfterReadingEarlierThanTheFirstBeforeReadingIsRefusedWithAClearMessage() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    String ladder = childPath(reference, id) + "/safety-ladder";

    HttpResponse<String> noBefore = apiPost(childrens, ladder, reading("AFTER", today(), 6));
    assertProblem(noBefore, 400);
    assertThat(errorFields(noBefore)).containsExactly("stage");

    LocalDate firstBefore = today().minusDays(5);
    assertThat(apiPost(childrens, ladder, reading("BEFORE", firstBefore, 2)).statusCode())
        .isEqualTo(201);
    HttpResponse<String> early =
        apiPost(childrens, ladder, reading("AFTER", firstBefore.minusDays(1), 6));
    assertProblem(early, 400);
    assertThat(errorFields(early)).containsExactly("takenOn");
    assertThat(json(early).get("errors").get(0).get("message").asString())
        .isEqualTo(
            "An after reading cannot be earlier than the first before reading, on "
                + ProtectionHistory.format(firstBefore));

    assertThat(apiPost(childrens, ladder, reading("AFTER", firstBefore, 6)).statusCode())
        .isEqualTo(201);
    assertThat(onlyChild(childrens, reference).get("ladder").get("summary").asString())
        .isEqualTo("2 → 6, up 4");
  }

  @Test
  void anInvalidStatusChangeIsRefusedNamingItsFields() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    String path = childPath(reference, id) + "/protection-status";

    HttpResponse<String> same = apiPost(childrens, path, status("CHILD_IN_NEED", today(), 0));
    assertProblem(same, 400);
    assertThat(errorFields(same)).containsExactly("status");

    HttpResponse<String> future = apiPost(childrens, path, status("NONE", today().plusDays(1), 0));
    assertProblem(future, 400);
    assertThat(errorFields(future)).containsExactly("changedOn");

    HttpResponse<String> beforeReferral =
        apiPost(childrens, path, status("NONE", today().minusDays(30), 0));
    assertProblem(beforeReferral, 400);
    assertThat(errorFields(beforeReferral)).containsExactly("changedOn");

    HttpResponse<String> noVersion = apiPost(childrens, path, "{\"status\": \"NONE\"}");
    assertProblem(noVersion, 400);
    assertThat(errorFields(noVersion)).containsExactly("changedOn", "version");

    HttpResponse<String> unreadable =
        apiPost(childrens, path, "{\"status\": \"SOMETHING\", \"version\": 0}");
    assertProblem(unreadable, 400);

    assertThat(storedStatus(id)).isEqualTo("CHILD_IN_NEED");
    assertThat(onlyChild(childrens, reference).get("statusHistory")).hasSize(1);
  }

  // --- concurrent edits ---

  @Test
  void aStatusChangeMadeOnAnOldVersionIsAConflictAndSavesNothing() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    String path = childPath(reference, id) + "/protection-status";

    assertThat(apiPost(childrens, path, status("CHILD_PROTECTION_PLAN", today(), 0)).statusCode())
        .isEqualTo(201);
    HttpResponse<String> stale = apiPost(partner, path, status("NONE", today(), 0));
    assertProblem(stale, 409);

    assertThat(storedStatus(id)).isEqualTo("CHILD_PROTECTION_PLAN");
    JsonNode child = onlyChild(childrens, reference);
    assertThat(child.get("statusHistory")).hasSize(2);
    assertThat(child.get("version").asInt()).isEqualTo(1);
    assertThat(apiPost(partner, path, status("NONE", today(), 1)).statusCode()).isEqualTo(201);
    assertThat(storedStatus(id)).isEqualTo("NONE");
  }

  // --- who may ---

  @Test
  void aCaseInAnotherAreaIsNotFoundAndNothingIsSavedOnIt() {
    String eastwickCase = newCase(otherArea.token(Role.INTAKE), otherArea.code());
    long id = onlyChild(manager, eastwickCase).get("id").asLong();

    // The children's worker and partner support cover Northmoor only.
    for (String token : List.of(childrens, partner)) {
      assertProblem(apiGet(token, "/api/v1/cases/" + eastwickCase + "/children"), 404);
      assertProblem(apiGet(token, childPath(eastwickCase, id) + "/sessions"), 404);
      assertProblem(
          apiPost(
              token, childPath(eastwickCase, id) + "/sessions", session(today(), 30, "GROUP", "")),
          404);
      assertProblem(
          apiPost(
              token, childPath(eastwickCase, id) + "/safety-ladder", reading("BEFORE", today(), 3)),
          404);
      assertProblem(
          apiPost(
              token,
              childPath(eastwickCase, id) + "/protection-status",
              status("NONE", today(), 0)),
          404);
    }
    JsonNode child = onlyChild(manager, eastwickCase);
    assertThat(child.get("sessionCount").asLong()).isZero();
    assertThat(child.get("ladder").get("readings")).isEmpty();
    assertThat(storedStatus(id)).isEqualTo("CHILD_IN_NEED");
  }

  @Test
  void aChildOfAnotherCaseIsNotFound() {
    String reference = newCase();
    String other = newCase();
    long otherChild = onlyChild(childrens, other).get("id").asLong();

    assertProblem(
        apiPost(
            childrens,
            childPath(reference, otherChild) + "/sessions",
            session(today(), 30, "GROUP", "")),
        404);
    assertProblem(
        apiPost(
            childrens,
            childPath(reference, otherChild) + "/safety-ladder",
            reading("BEFORE", today(), 3)),
        404);
    assertProblem(
        apiPost(
            childrens,
            childPath(reference, otherChild) + "/protection-status",
            status("NONE", today(), 0)),
        404);
    assertProblem(apiGet(childrens, childPath(reference, otherChild) + "/sessions"), 404);
    assertProblem(apiGet(childrens, childPath(reference, 0) + "/sessions"), 404);
    assertThat(onlyChild(childrens, other).get("sessionCount").asLong()).isZero();
    assertThat(storedStatus(otherChild)).isEqualTo("CHILD_IN_NEED");
  }

  @Test
  void intakeAndPerpetratorWorkersAreRefused() {
    String reference = newCase();
    long id = onlyChild(childrens, reference).get("id").asLong();
    // eastwick.worker is a perpetrator worker (Eastwick only): the role refuses before the area.
    for (String token : List.of(intake, perpetrator, otherAreasWorker)) {
      assertProblem(apiGet(token, "/api/v1/cases/" + reference + "/children"), 403);
      assertProblem(apiGet(token, childPath(reference, id) + "/sessions"), 403);
      assertProblem(
          apiPost(token, childPath(reference, id) + "/sessions", session(today(), 30, "GROUP", "")),
          403);
      assertProblem(
          apiPost(
              token, childPath(reference, id) + "/safety-ladder", reading("BEFORE", today(), 3)),
          403);
      assertProblem(
          apiPost(
              token, childPath(reference, id) + "/protection-status", status("NONE", today(), 0)),
          403);
    }
    JsonNode child = onlyChild(childrens, reference);
    assertThat(child.get("sessionCount").asLong()).isZero();
    assertThat(child.get("ladder").get("readings")).isEmpty();
    assertThat(storedStatus(id)).isEqualTo("CHILD_IN_NEED");
  }

  @Test
  void partnerSupportAndManagersMayReadIt() {
    String reference = newCase();
    for (String token : List.of(partner, manager)) {
      HttpResponse<String> response = apiGet(token, "/api/v1/cases/" + reference + "/children");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(json(response).get("reference").asString()).isEqualTo(reference);
      assertThat(json(response).get("children")).hasSize(1);
    }
  }

  // --- helpers ---

  private String newCase() {
    return newCase(intake, area.code());
  }

  private String newCase(String token, String areaCode) {
    HttpResponse<String> response =
        apiPost(token, "/api/v1/referrals", referralJson(areaId(areaCode)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("reference").asString();
  }

  private JsonNode onlyChild(String token, String reference) {
    HttpResponse<String> response = apiGet(token, "/api/v1/cases/" + reference + "/children");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode children = json(response).get("children");
    assertThat(children).hasSize(1);
    return children.get(0);
  }

  private static String childPath(String reference, long childId) {
    return "/api/v1/cases/" + reference + "/children/" + childId;
  }

  private static String status(String status, LocalDate on, int version) {
    return "{\"status\": \"%s\", \"changedOn\": \"%s\", \"version\": %d}"
        .formatted(status, on, version);
  }

  private static String session(LocalDate on, int minutes, String kind, String notes) {
    return "{\"heldOn\": \"%s\", \"durationMinutes\": %d, \"kind\": \"%s\", \"wellbeingNotes\": \"%s\"}"
        .formatted(on, minutes, kind, notes);
  }

  private static String reading(String stage, LocalDate on, int rating) {
    return "{\"stage\": \"%s\", \"takenOn\": \"%s\", \"rating\": %d}".formatted(stage, on, rating);
  }

  private String storedStatus(long childId) {
    return jdbc.sql("SELECT protection_status FROM child WHERE id = :id")
        .param("id", childId)
        .query(String.class)
        .single();
  }

  private long areaId(String code) {
    return jdbc.sql("SELECT id FROM area WHERE code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    JsonNode errors = json(response).get("errors");
    assertThat(errors).as("errors in " + response.body()).isNotNull();
    errors.forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }
}
