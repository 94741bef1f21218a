package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording group sessions and programme reviews through the API: every man's mark at once, a
 * disclosure reaching partner support, whole-session refusals that save nothing, and reviews with
 * their edit conflicts.
 */
class SessionApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String perpetrator;
  private String otherAreasWorker;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    perpetrator = area.token(Role.PERPETRATOR_WORKER);
    otherAreasWorker = otherArea.token(Role.PERPETRATOR_WORKER);
  }

  // --- a session for the whole group ---

  @Test
  void aSessionForSeveralMenStartsThemAndADisclosureAlertsPartnerSupport() {
    LocalDate today = clock.today();
    ProgrammeGroup group = newGroup(today);
    List<String> men = List.of(newCase(), newCase(), newCase());
    List<Long> places = enrolAll(men, group);
    long partnerSupport = area.user(Role.PARTNER_SUPPORT_WORKER).id();
    jdbc.sql("UPDATE referral SET allocated_partner_support_worker_id = :ps WHERE reference = :r")
        .param("ps", partnerSupport)
        .param("r", men.get(1))
        .update();

    HttpResponse<String> sheet =
        apiGet(perpetrator, "/api/v1/groups/" + group.id() + "/sessions/sheet?date=" + today);
    assertThat(sheet.statusCode()).as(sheet.body()).isEqualTo(200);
    JsonNode sheetJson = JSON.readTree(sheet.body());
    assertThat(sheetJson.get("expected").findValuesAsString("reference"))
        .containsExactlyInAnyOrderElementsOf(men);
    assertThat(sheetJson.get("nextSession").get("position").asInt()).isEqualTo(1);
    assertThat(sheetJson.get("alreadyRecorded").asBoolean()).isFalse();
    long first = sheetJson.get("nextSession").get("id").asLong();

    HttpResponse<String> recorded =
        apiPost(
            perpetrator,
            "/api/v1/groups/" + group.id() + "/sessions",
            session(
                today,
                first,
                mark(places.get(0), "ATTENDED", null, null),
                mark(places.get(1), "LATE", null, "Invented: shoved her against a door on Friday"),
                mark(places.get(2), "ABSENT_WITH_REASON", "Invented: hospital appointment", null)));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.headers().firstValue("Location")).isPresent();

    assertThat(count("SELECT count(*) FROM attendance WHERE enrolment_id = ANY(:ids)", places))
        .isEqualTo(3);
    assertThat(statusOf(places.get(0))).isEqualTo("ATTENDING");
    assertThat(statusOf(places.get(1))).isEqualTo("ATTENDING");
    assertThat(statusOf(places.get(2))).isEqualTo("WAITING");
    assertThat(
            jdbc.sql(
                    """
                    SELECT e.summary FROM risk_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.reference = :r AND e.kind = 'DISCLOSURE'
                    """)
                .param("r", men.get(1))
                .query(String.class)
                .list())
        .containsExactly(
            "Disclosed at the group session: Invented: shoved her against a door on Friday");
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM risk_alert a JOIN referral r ON r.id = a.referral_id
                    WHERE r.reference = :r AND a.for_user_id = :ps AND a.message LIKE 'New disclosure%'
                    """)
                .param("r", men.get(1))
                .param("ps", partnerSupport)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    for (String other : List.of(men.get(0), men.get(2))) {
      assertThat(disclosuresOf(other)).isZero();
    }

    JsonNode after =
        JSON.readTree(
            apiGet(perpetrator, "/api/v1/groups/" + group.id() + "/sessions/sheet?date=" + today)
                .body());
    assertThat(after.get("alreadyRecorded").asBoolean()).isTrue();
  }

  @Test
  void aDisclosureWithoutWhatHeDisclosedIsRefusedNamingHisFieldAndNothingIsSaved() {
    LocalDate today = clock.today();
    ProgrammeGroup group = newGroup(today);
    List<String> men = List.of(newCase(), newCase(), newCase());
    List<Long> places = enrolAll(men, group);

    HttpResponse<String> refused =
        apiPost(
            perpetrator,
            "/api/v1/groups/" + group.id() + "/sessions",
            session(
                today,
                firstSession(group.id()),
                mark(places.get(0), "ATTENDED", null, null),
                mark(places.get(1), "ATTENDED", null, null),
                mark(places.get(2), "ATTENDED", null, "   ")));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("marks[2].disclosureDetail");
    assertThat(count("SELECT count(*) FROM group_session WHERE group_id = :id", group.id()))
        .isZero();
    assertThat(count("SELECT count(*) FROM attendance WHERE enrolment_id = ANY(:ids)", places))
        .isZero();
    assertThat(statusOf(places.get(0))).isEqualTo("WAITING");
    assertThat(disclosuresOf(men.get(2))).isZero();
  }

  @Test
  void aSecondSessionOnTheSameDateIsRefusedNamingTheDate() {
    LocalDate today = clock.today();
    ProgrammeGroup group = newGroup(today);
    List<Long> places = enrolAll(List.of(newCase()), group);
    String body =
        session(today, firstSession(group.id()), mark(places.get(0), "ATTENDED", null, null));
    assertThat(
            apiPost(perpetrator, "/api/v1/groups/" + group.id() + "/sessions", body).statusCode())
        .isEqualTo(201);

    HttpResponse<String> again =
        apiPost(perpetrator, "/api/v1/groups/" + group.id() + "/sessions", body);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
    assertThat(fields(again)).containsExactly("heldOn");
    assertThat(count("SELECT count(*) FROM group_session WHERE group_id = :id", group.id()))
        .isEqualTo(1);
  }

  @Test
  void aManNotInTheGroupIsRefused() {
    LocalDate today = clock.today();
    ProgrammeGroup group = newGroup(today);
    ProgrammeGroup other = newGroup(today);
    List<Long> places = enrolAll(List.of(newCase()), group);
    List<Long> elsewhere = enrolAll(List.of(newCase()), other);

    HttpResponse<String> refused =
        apiPost(
            perpetrator,
            "/api/v1/groups/" + group.id() + "/sessions",
            session(
                today,
                firstSession(group.id()),
                mark(places.get(0), "ATTENDED", null, null),
                mark(elsewhere.get(0), "ATTENDED", null, null)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("marks[1].enrolmentId");
    assertThat(count("SELECT count(*) FROM group_session WHERE group_id = :id", group.id()))
        .isZero();
  }

  @Test
  void aGroupOutsideTheCallersAreasIsNotFound() {
    LocalDate today = clock.today();
    ProgrammeGroup group = newGroup(today);
    List<Long> places = enrolAll(List.of(newCase()), group);

    assertThat(
            apiGet(
                    otherAreasWorker,
                    "/api/v1/groups/" + group.id() + "/sessions/sheet?date=" + today)
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> refused =
        apiPost(
            otherAreasWorker,
            "/api/v1/groups/" + group.id() + "/sessions",
            session(today, firstSession(group.id()), mark(places.get(0), "ATTENDED", null, null)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    assertThat(count("SELECT count(*) FROM group_session WHERE group_id = :id", group.id()))
        .isZero();
    assertThat(
            apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/programme/reviews")
                .statusCode())
        .isEqualTo(403);
  }

  // --- reviews ---

  @Test
  void threeUnexplainedAbsencesOpenAReviewThatIsRecordedOnce() {
    LocalDate today = clock.today();
    ProgrammeGroup group = newGroup(today.minusWeeks(3));
    String reference = newCase();
    // He joined at the group's first intake, three weeks ago.
    long place = group.place(reference, group.firstSessionOn()).id();
    List<Long> curriculum = group.curriculumSessionIds();
    for (int week = 3; week >= 1; week--) {
      assertThat(absencesReview(reference)).isNull();
      HttpResponse<String> recorded =
          apiPost(
              perpetrator,
              "/api/v1/groups/" + group.id() + "/sessions",
              session(
                  today.minusWeeks(week),
                  curriculum.get(3 - week),
                  mark(place, "ABSENT_WITHOUT_REASON", null, null)));
      assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }
    JsonNode review = absencesReview(reference);
    assertThat(review).isNotNull();
    assertThat(review.get("reason").asString()).isEqualTo("3 absences without reason in a row");
    assertThat(review.get("groupName").asString()).startsWith("Session API group");
    long id = review.get("id").asLong();
    int version = review.get("version").asInt();

    HttpResponse<String> noOutcome =
        apiPost(
            perpetrator,
            "/api/v1/programme/reviews/" + id,
            """
            {"heldOn": "%s", "outcome": " ", "version": %d}
            """
                .formatted(today, version));
    assertThat(noOutcome.statusCode()).as(noOutcome.body()).isEqualTo(400);
    assertThat(fields(noOutcome)).containsExactly("outcome");

    HttpResponse<String> future =
        apiPost(
            perpetrator,
            "/api/v1/programme/reviews/" + id,
            """
            {"heldOn": "%s", "outcome": "Invented: he stays", "version": %d}
            """
                .formatted(today.plusDays(1), version));
    assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
    assertThat(fields(future)).containsExactly("heldOn");

    String held =
        """
        {"heldOn": "%s", "outcome": "Invented: he agreed to a plan for attending", "version": %d}
        """
            .formatted(today, version);
    assertThat(apiPost(otherAreasWorker, "/api/v1/programme/reviews/" + id, held).statusCode())
        .isEqualTo(404);
    // Someone opens the review's page before it is recorded through the API.
    PageSession browser = signedIn(area.user(Role.PERPETRATOR_WORKER));
    HttpResponse<String> form = browser.get("/programme/reviews/" + id);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Record a programme review").contains(reference);
    String csrf = PageSession.csrf(form);

    HttpResponse<String> recorded = apiPost(perpetrator, "/api/v1/programme/reviews/" + id, held);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    assertThat(absencesReview(reference)).isNull();
    assertThat(
            jdbc.sql("SELECT outcome FROM programme_review WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("Invented: he agreed to a plan for attending");

    HttpResponse<String> stale = apiPost(perpetrator, "/api/v1/programme/reviews/" + id, held);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

    HttpResponse<String> conflict =
        browser.post(
            "/programme/reviews/" + id,
            Map.of(
                "_csrf", csrf,
                "version", String.valueOf(version),
                "heldOn.day", String.valueOf(today.getDayOfMonth()),
                "heldOn.month", String.valueOf(today.getMonthValue()),
                "heldOn.year", String.valueOf(today.getYear()),
                "outcome", "Invented: a second record of the same review"));
    assertThat(conflict.statusCode()).isEqualTo(200);
    assertThat(conflict.body()).contains("Someone else recorded this review");
    assertThat(
            jdbc.sql("SELECT outcome FROM programme_review WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("Invented: he agreed to a plan for attending");
  }

  @Test
  void theApiDocsDescribeTheSessionAndReviewEndpoints() {
    HttpResponse<String> response = apiGet(newArea().token(Role.INTAKE), "/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode paths = JSON.readTree(response.body()).get("paths");
    assertThat(paths.get("/api/v1/groups/{id}/sessions/sheet").has("get")).isTrue();
    assertThat(paths.get("/api/v1/groups/{id}/sessions").has("post")).isTrue();
    assertThat(paths.get("/api/v1/programme/reviews").has("get")).isTrue();
    assertThat(paths.get("/api/v1/programme/reviews/{id}").has("post")).isTrue();
    assertThat(paths.get("/api/v1/groups/{id}/sessions").get("post").get("description").asString())
        .contains("marks[2].disclosureDetail");
  }

  // --- helpers ---

  private JsonNode absencesReview(String reference) {
    HttpResponse<String> due = apiGet(perpetrator, "/api/v1/programme/reviews");
    assertThat(due.statusCode()).as(due.body()).isEqualTo(200);
    for (JsonNode r : JSON.readTree(due.body())) {
      if (r.get("reference").asString().equals(reference)
          && r.get("kind").asString().equals("ABSENCES")) {
        return r;
      }
    }
    return null;
  }

  private static String session(LocalDate heldOn, long curriculumSessionId, String... marks) {
    return """
        {"heldOn": "%s", "curriculumSessionId": %d, "facilitators": "Invented facilitators",
         "marks": [%s]}
        """
        .formatted(heldOn, curriculumSessionId, String.join(",", marks));
  }

  private static String mark(long place, String mark, String absenceReason, String disclosure) {
    return """
        {"enrolmentId": %d, "mark": "%s", "absenceReason": %s, "disclosed": %s,
         "disclosureDetail": %s, "blame": 2, "minimisation": 3, "denial": 1,
         "notes": "Invented notes"}
        """
        .formatted(
            place,
            mark,
            absenceReason == null ? "null" : "\"" + absenceReason + "\"",
            disclosure != null,
            disclosure == null ? "null" : "\"" + disclosure + "\"");
  }

  private static List<String> fields(HttpResponse<String> problem) {
    List<String> fields = new ArrayList<>();
    JSON.readTree(problem.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private long firstSession(long group) {
    return JSON.readTree(apiGet(perpetrator, "/api/v1/groups/" + group + "/sessions/sheet").body())
        .get("nextSession")
        .get("id")
        .asLong();
  }

  private int count(String sql, long id) {
    return jdbc.sql(sql).param("id", id).query(Integer.class).single();
  }

  private int count(String sql, List<Long> ids) {
    return jdbc.sql(sql).param("ids", ids.toArray(Long[]::new)).query(Integer.class).single();
  }

  private int disclosuresOf(String reference) {
    return jdbc.sql(
            """
            SELECT count(*) FROM risk_event e JOIN referral r ON r.id = e.referral_id
            WHERE r.reference = :r AND e.kind = 'DISCLOSURE'
            """)
        .param("r", reference)
        .query(Integer.class)
        .single();
  }

  private String statusOf(long place) {
    return jdbc.sql("SELECT status FROM enrolment WHERE id = :id")
        .param("id", place)
        .query(String.class)
        .single();
  }

  private String newCase() {
    return newCase(area);
  }

  /** A group first meeting on this day. */
  private ProgrammeGroup newGroup(LocalDate firstSession) {
    return AGroup.in(area)
        .named("Session API group " + System.nanoTime())
        .firstMeetingOn(firstSession)
        .create(api());
  }

  /** Each man given a place today: he is expected from the group's next intake. */
  private List<Long> enrolAll(List<String> references, ProgrammeGroup group) {
    return references.stream().map(r -> group.place(r, clock.today()).id()).toList();
  }
}
