package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;
import static org.tandem.TestData.referralJson;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Groups, places and status changes through the API: setting up groups, giving a man a place at the
 * next intake point, full groups, one live place, the status rules, individual work, and the walls
 * between areas and roles.
 */
class ProgrammeApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String intake;
  private String perpetrator;
  private String partner;
  private String manager;
  private String otherAreasWorker;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    intake = area.token(Role.INTAKE);
    perpetrator = area.token(Role.PERPETRATOR_WORKER);
    partner = area.token(Role.PARTNER_SUPPORT_WORKER);
    manager = area.token(Role.SERVICE_MANAGER);
    otherAreasWorker = otherArea.token(Role.PERPETRATOR_WORKER);
  }

  private static LocalDate today() {
    return clock.today();
  }

  // --- setting up a group ---

  @Test
  void aGroupIsSetUpWithItsDetailsAndListedWithItsNextIntake() {
    String name = marker("Tuesday group ");
    LocalDate first = today().minusWeeks(2);
    HttpResponse<String> created =
        apiPost(perpetrator, "/api/v1/groups", groupJson(area.id(), name, false, 12, first));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/groups/" + id);

    JsonNode group = listed(perpetrator, id);
    assertThat(group).isNotNull();
    assertThat(group.get("name").asString()).isEqualTo(name);
    assertThat(group.get("areaCode").asString()).isEqualTo(area.code());
    assertThat(group.get("individual").asBoolean()).isFalse();
    assertThat(group.get("day").asString()).isEqualTo(first.getDayOfWeek().name());
    assertThat(group.get("startsAt").asString()).startsWith("18:30");
    assertThat(group.get("venue").asString()).isEqualTo("Invented Community Hall");
    assertThat(group.get("facilitators").asString()).isEqualTo("Invented Al and Invented Bea");
    assertThat(group.get("capacity").asInt()).isEqualTo(12);
    assertThat(group.get("attending").asInt()).isZero();
    assertThat(group.get("waiting").asInt()).isZero();
    assertThat(group.get("placesFree").asInt()).isEqualTo(12);
    // Intakes every 6 weeks from a first session 2 weeks ago: the next is 4 weeks away.
    assertThat(group.get("nextIntakeOn").asString()).isEqualTo(first.plusWeeks(6).toString());
    assertThat(group.get("daysToNextIntake").asLong()).isEqualTo(28);

    HttpResponse<String> curriculum = apiGet(perpetrator, "/api/v1/groups/" + id + "/curriculum");
    assertThat(curriculum.statusCode()).as(curriculum.body()).isEqualTo(200);
    JsonNode sessions = json(curriculum);
    assertThat(sessions).hasSize(32);
    assertThat(sessions.get(0).get("position").asInt()).isEqualTo(1);
    assertThat(sessions.get(0).get("stage").asInt()).isEqualTo(1);
    assertThat(sessions.get(0).get("module").asString()).isEqualTo("Starting out");
    assertThat(sessions.get(31).get("position").asInt()).isEqualTo(32);
    assertThat(sessions.get(31).get("stage").asInt()).isEqualTo(2);
  }

  @Test
  void aGroupWithMistakesIsRefusedNamingEachField() {
    HttpResponse<String> missing =
        apiPost(
            manager,
            "/api/v1/groups",
            """
            {"areaId": %d, "name": " ", "capacity": 0, "intakeEveryWeeks": 60,
             "absenceLimit": 3}
            """
                .formatted(area.id()));
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(errorFields(missing))
        .containsExactlyInAnyOrder(
            "name", "capacity", "intakeEveryWeeks", "firstSessionOn", "startsAt");
    assertThat(errors(missing))
        .containsEntry("name", "Enter a name for the group")
        .containsEntry("capacity", "The group must take at least 1 man")
        .containsEntry("intakeEveryWeeks", "Intakes must be at most 52 weeks apart")
        .containsEntry("firstSessionOn", "Enter the date of the first session")
        .containsEntry("startsAt", "Enter the time the group starts");

    // An area the worker's team does not cover.
    HttpResponse<String> elsewhere =
        apiPost(
            perpetrator,
            "/api/v1/groups",
            groupJson(otherArea.id(), marker("Elsewhere "), false, 12, today()));
    assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(400);
    assertThat(errors(elsewhere)).containsEntry("areaId", "Select an area your team covers");

    // The same name twice in an area.
    String name = marker("Twice ");
    assertThat(
            apiPost(manager, "/api/v1/groups", groupJson(area.id(), name, false, 12, today()))
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> again =
        apiPost(manager, "/api/v1/groups", groupJson(area.id(), name, false, 12, today()));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
    assertThat(errors(again))
        .containsEntry("name", "A group with this name already exists in the area");

    // Individual work is with one man.
    HttpResponse<String> individual =
        apiPost(
            manager,
            "/api/v1/groups",
            groupJson(area.id(), marker("Individual "), true, 3, today()));
    assertThat(individual.statusCode()).as(individual.body()).isEqualTo(400);
    assertThat(errors(individual))
        .containsEntry("capacity", "Individual work is with 1 man: enter 1");
  }

  @Test
  void onlyPerpetratorWorkersAndManagersSetUpGroupsOrGivePlaces() {
    String body = groupJson(area.id(), marker("Not theirs "), false, 12, today());
    assertThat(apiPost(intake, "/api/v1/groups", body).statusCode()).isEqualTo(403);
    assertThat(apiPost(partner, "/api/v1/groups", body).statusCode()).isEqualTo(403);
    assertThat(apiPost(manager, "/api/v1/groups", body).statusCode()).isEqualTo(201);

    long group = newGroup(today().plusDays(5), 12);
    String reference = newCase();
    assertThat(
            apiPost(intake, "/api/v1/cases/" + reference + "/programme", placeJson(group, false))
                .statusCode())
        .isEqualTo(403);
    // Everyone working on cases may look.
    assertThat(apiGet(intake, "/api/v1/groups").statusCode()).isEqualTo(200);
    assertThat(apiGet(partner, "/api/v1/groups/" + group).statusCode()).isEqualTo(200);
    assertThat(apiGet(partner, "/api/v1/cases/" + reference + "/programme").statusCode())
        .isEqualTo(200);
  }

  // --- places ---

  @Test
  void aPlaceStartsWaitingAtTheNextIntakeWithHisReviewsScheduled() {
    LocalDate first = today().plusDays(9);
    long group = newGroup(first, 12);
    String reference = newCase();
    int waitingBefore = listed(perpetrator, group).get("waiting").asInt();

    HttpResponse<String> enrolled =
        apiPost(perpetrator, "/api/v1/cases/" + reference + "/programme", placeJson(group, false));
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    JsonNode place = json(enrolled);
    long enrolmentId = place.get("enrolmentId").asLong();
    assertThat(place.get("status").asString()).isEqualTo("WAITING");
    assertThat(place.get("intakeOn").asString()).isEqualTo(first.toString());
    assertThat(place.get("groupId").asLong()).isEqualTo(group);
    assertThat(place.get("withInterpreter").asBoolean()).isFalse();
    assertThat(place.get("version").asInt()).isZero();

    JsonNode listed = listed(perpetrator, group);
    assertThat(listed.get("waiting").asInt()).isEqualTo(waitingBefore + 1);
    assertThat(listed.get("attending").asInt()).isZero();
    assertThat(listed.get("placesFree").asInt()).isEqualTo(11);

    List<Map<String, Object>> reviews =
        jdbc.sql(
                "SELECT kind, due_on FROM programme_review WHERE enrolment_id = :id ORDER BY due_on")
            .param("id", enrolmentId)
            .query()
            .listOfRows();
    assertThat(reviews).hasSize(2);
    assertThat(reviews.get(0).get("kind")).isEqualTo("WEEK_12");
    assertThat(reviews.get(0).get("due_on").toString()).isEqualTo(first.plusWeeks(11).toString());
    assertThat(reviews.get(1).get("kind")).isEqualTo("COMPLETION");
    assertThat(reviews.get(1).get("due_on").toString()).isEqualTo(first.plusWeeks(31).toString());

    // His case shows the place, with every session still needed.
    JsonNode programme = programme(perpetrator, reference);
    assertThat(programme).hasSize(1);
    JsonNode progress = programme.get(0).get("progress");
    assertThat(progress.get("hoursCompleted").decimalValue()).isEqualByComparingTo("0");
    assertThat(progress.get("hoursInCurriculum").decimalValue()).isEqualByComparingTo("60");
    assertThat(progress.get("stageOneComplete").asBoolean()).isFalse();
    assertThat(progress.get("sixtyHoursComplete").asBoolean()).isFalse();
    assertThat(progress.get("done")).isEmpty();
    assertThat(progress.get("needed")).hasSize(32);

    // The group shows him among its men.
    HttpResponse<String> detail = apiGet(perpetrator, "/api/v1/groups/" + group);
    assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
    JsonNode members = json(detail).get("members");
    assertThat(members).hasSize(1);
    assertThat(members.get(0).get("reference").asString()).isEqualTo(reference);
    assertThat(members.get(0).get("status").asString()).isEqualTo("WAITING");
    assertThat(members.get(0).get("riskLevel").asString()).isEqualTo("STANDARD");
    assertThat(json(detail).get("group").get("waiting").asInt()).isEqualTo(1);

    // Accepting him is on the family's timeline for partner support to act on.
    assertThat(programmeEvents(reference)).hasSize(1);
    assertThat(programmeEvents(reference).get(0)).contains("waiting").contains(first.toString());
  }

  @Test
  void aFullGroupIsRefused() {
    long group = newGroup(today().plusDays(2), 2);
    String first = newCase();
    String second = newCase();
    String third = newCase();
    assertThat(enrol(first, group, false).statusCode()).isEqualTo(201);
    assertThat(enrol(second, group, false).statusCode()).isEqualTo(201);

    HttpResponse<String> full = enrol(third, group, false);
    assertThat(full.statusCode()).as(full.body()).isEqualTo(400);
    assertThat(errors(full))
        .containsEntry("groupId", "This group is full: choose another group or wait for a place");
    assertThat(listed(perpetrator, group).get("placesFree").asInt()).isZero();
    assertThat(programme(perpetrator, third)).isEmpty();

    // A place freed by an exit can be given again.
    long place = programme(perpetrator, first).get(0).get("enrolmentId").asLong();
    assertThat(
            changeStatus(first, place, "EXITED", "Invented: moved out of the area", 0).statusCode())
        .isEqualTo(200);
    assertThat(enrol(third, group, false).statusCode()).isEqualTo(201);
  }

  @Test
  void aSecondLivePlaceIsRefusedAndAGroupMustBeChosen() {
    long group = newGroup(today().plusDays(2), 12);
    long other = newGroup(today().plusDays(3), 12);
    String reference = newCase();
    assertThat(enrol(reference, group, false).statusCode()).isEqualTo(201);

    HttpResponse<String> second = enrol(reference, other, false);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(400);
    assertThat(errors(second)).containsEntry("groupId", "He already has a place on the programme");
    assertThat(programme(perpetrator, reference)).hasSize(1);
    assertThat(listed(perpetrator, other).get("waiting").asInt()).isZero();

    HttpResponse<String> none =
        apiPost(perpetrator, "/api/v1/cases/" + reference + "/programme", "{}");
    assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
    assertThat(errors(none)).containsEntry("groupId", "Select a group");

    HttpResponse<String> missing =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/programme",
            placeJson(999_999_999L, false));
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
  }

  // --- status changes ---

  @Test
  void statusChangesFollowTheRulesNeedAReasonAndAreAnnounced() {
    long group = newGroup(today().plusDays(4), 12);
    String reference = newCase();
    long place = json(enrol(reference, group, false)).get("enrolmentId").asLong();

    // Waiting cannot be completed.
    HttpResponse<String> completed = changeStatus(reference, place, "COMPLETED", "Done", 0);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(400);
    assertThat(errors(completed))
        .containsEntry("status", "He cannot move from waiting to completed");

    HttpResponse<String> noReason = changeStatus(reference, place, "ATTENDING", " ", 0);
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(errors(noReason)).containsEntry("reason", "Give the reason for the change");

    HttpResponse<String> noStatus =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/programme/" + place + "/status",
            "{\"reason\": \"Invented\", \"version\": 0}");
    assertThat(noStatus.statusCode()).as(noStatus.body()).isEqualTo(400);
    assertThat(errors(noStatus)).containsEntry("status", "Select his new status");

    HttpResponse<String> started =
        changeStatus(reference, place, "ATTENDING", "Invented: came to his first session", 0);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(json(started).get("status").asString()).isEqualTo("ATTENDING");
    assertThat(json(started).get("statusReason").asString())
        .isEqualTo("Invented: came to his first session");
    assertThat(json(started).get("version").asInt()).isEqualTo(1);
    assertThat(listed(perpetrator, group).get("attending").asInt()).isEqualTo(1);
    assertThat(listed(perpetrator, group).get("waiting").asInt()).isZero();

    // A stale version is a conflict, and changes nothing.
    HttpResponse<String> stale =
        changeStatus(reference, place, "SUSPENDED", "Invented: a second opinion", 0);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(programme(perpetrator, reference).get(0).get("status").asString())
        .isEqualTo("ATTENDING");

    HttpResponse<String> suspended =
        changeStatus(reference, place, "SUSPENDED", "Invented: arrested, bail conditions", 1);
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
    // Suspended men keep their place in the group.
    assertThat(listed(perpetrator, group).get("attending").asInt()).isEqualTo(1);

    HttpResponse<String> exited =
        changeStatus(reference, place, "EXITED", "Invented: breached the group agreement", 2);
    assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);
    assertThat(listed(perpetrator, group).get("attending").asInt()).isZero();

    // Exited is final.
    HttpResponse<String> back = changeStatus(reference, place, "ATTENDING", "Invented", 3);
    assertThat(back.statusCode()).as(back.body()).isEqualTo(400);
    assertThat(errors(back)).containsEntry("status", "He cannot move from exited to attending");

    // Every change is on the family's timeline, with the reason, for partner support.
    List<String> events = programmeEvents(reference);
    assertThat(events).hasSize(4);
    assertThat(events.get(1)).contains("waiting to attending").contains("first session");
    assertThat(events.get(2)).contains("attending to suspended").contains("bail conditions");
    assertThat(events.get(3)).contains("suspended to exited").contains("group agreement");

    // Another case's place cannot be changed through this case.
    String otherCase = newCase();
    HttpResponse<String> wrongCase = changeStatus(otherCase, place, "ATTENDING", "Invented", 3);
    assertThat(wrongCase.statusCode()).as(wrongCase.body()).isEqualTo(404);
  }

  // --- individual work ---

  @Test
  void individualWorkTakesOneManWithAnInterpreter() {
    String name = marker("Individual work ");
    HttpResponse<String> created =
        apiPost(
            manager,
            "/api/v1/groups",
            """
            {"areaId": %d, "name": "%s", "individual": true, "intakeEveryWeeks": 1,
             "firstSessionOn": "%s", "startsAt": "10:00", "venue": "Invented office",
             "facilitators": "Invented Cal", "absenceLimit": 2}
            """
                .formatted(area.id(), name, today().plusDays(1)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long group = json(created).get("id").asLong();
    JsonNode listed = listed(perpetrator, group);
    assertThat(listed.get("individual").asBoolean()).isTrue();
    assertThat(listed.get("capacity").asInt()).isEqualTo(1);

    String reference = newCase();
    HttpResponse<String> enrolled = enrol(reference, group, true);
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    assertThat(json(enrolled).get("individual").asBoolean()).isTrue();
    assertThat(json(enrolled).get("withInterpreter").asBoolean()).isTrue();
    assertThat(json(enrolled).get("progress").get("needed")).hasSize(32);

    JsonNode member = json(apiGet(perpetrator, "/api/v1/groups/" + group)).get("members").get(0);
    assertThat(member.get("withInterpreter").asBoolean()).isTrue();

    HttpResponse<String> another = enrol(newCase(), group, false);
    assertThat(another.statusCode()).as(another.body()).isEqualTo(400);
    assertThat(errors(another)).containsKey("groupId");
  }

  // --- the wall between areas ---

  @Test
  void groupsAndPlacesOutsideTheCallersAreasAreNotFound() {
    long group = newGroup(today().plusDays(6), 12);
    String reference = newCase();
    assertThat(enrol(reference, group, false).statusCode()).isEqualTo(201);
    long place = programme(perpetrator, reference).get(0).get("enrolmentId").asLong();

    assertThat(apiGet(otherAreasWorker, "/api/v1/groups/" + group).statusCode()).isEqualTo(404);
    assertThat(apiGet(otherAreasWorker, "/api/v1/groups/" + group + "/curriculum").statusCode())
        .isEqualTo(404);
    assertThat(apiGet(otherAreasWorker, "/api/v1/cases/" + reference + "/programme").statusCode())
        .isEqualTo(404);
    assertThat(
            apiPost(
                    otherAreasWorker,
                    "/api/v1/cases/" + reference + "/programme",
                    placeJson(group, false))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            changeStatus(otherAreasWorker, reference, place, "EXITED", "Invented", 0).statusCode())
        .isEqualTo(404);
    HttpResponse<String> list = apiGet(otherAreasWorker, "/api/v1/groups");
    assertThat(list.statusCode()).isEqualTo(200);
    for (JsonNode g : json(list)) {
      assertThat(g.get("areaCode").asString()).isEqualTo(otherArea.code());
      assertThat(g.get("id").asLong()).isNotEqualTo(group);
    }

    // A group in another area is not offered to his case, even by a manager covering both.
    HttpResponse<String> eastwickGroup =
        apiPost(
            manager,
            "/api/v1/groups",
            groupJson(otherArea.id(), marker("Eastwick "), false, 12, today().plusDays(3)));
    assertThat(eastwickGroup.statusCode()).as(eastwickGroup.body()).isEqualTo(201);
    HttpResponse<String> crossArea =
        apiPost(
            manager,
            "/api/v1/cases/" + newCase() + "/programme",
            placeJson(json(eastwickGroup).get("id").asLong(), false));
    assertThat(crossArea.statusCode()).as(crossArea.body()).isEqualTo(400);
    assertThat(errors(crossArea)).containsEntry("groupId", "Choose a group in the case's area");
  }

  // --- helpers ---

  private long areaId(String code) {
    return jdbc.sql("SELECT id FROM area WHERE code = :c")
        .param("c", code)
        .query(Long.class)
        .single();
  }

  /** A man assessed as suitable for the group, as a place needs. */
  private String newCase() {
    HttpResponse<String> response = apiPost(intake, "/api/v1/referrals", referralJson(area.id()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String reference = json(response).get("reference").asString();
    foundSuitable(perpetrator, reference);
    return reference;
  }

  private long newGroup(LocalDate firstSession, int capacity) {
    HttpResponse<String> created =
        apiPost(
            manager,
            "/api/v1/groups",
            groupJson(area.id(), marker("Group "), false, capacity, firstSession));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asLong();
  }

  private static String groupJson(
      long areaId, String name, boolean individual, int capacity, LocalDate firstSession) {
    return """
        {"areaId": %d, "name": "%s", "individual": %s, "capacity": %d, "intakeEveryWeeks": 6,
         "firstSessionOn": "%s", "startsAt": "18:30", "venue": "Invented Community Hall",
         "facilitators": "Invented Al and Invented Bea", "absenceLimit": 3}
        """
        .formatted(areaId, name, individual, capacity, firstSession);
  }

  private static String placeJson(long groupId, boolean interpreter) {
    return "{\"groupId\": %d, \"withInterpreter\": %s}".formatted(groupId, interpreter);
  }

  private HttpResponse<String> enrol(String reference, long group, boolean interpreter) {
    return apiPost(
        perpetrator, "/api/v1/cases/" + reference + "/programme", placeJson(group, interpreter));
  }

  private HttpResponse<String> changeStatus(
      String reference, long place, String status, String reason, int version) {
    return changeStatus(perpetrator, reference, place, status, reason, version);
  }

  private HttpResponse<String> changeStatus(
      String token, String reference, long place, String status, String reason, int version) {
    return apiPost(
        token,
        "/api/v1/cases/" + reference + "/programme/" + place + "/status",
        "{\"status\": \"%s\", \"reason\": \"%s\", \"version\": %d}"
            .formatted(status, reason, version));
  }

  private JsonNode listed(String token, long groupId) {
    HttpResponse<String> response = apiGet(token, "/api/v1/groups");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode g : json(response)) {
      if (g.get("id").asLong() == groupId) {
        return g;
      }
    }
    return null;
  }

  private JsonNode programme(String token, String reference) {
    HttpResponse<String> response = apiGet(token, "/api/v1/cases/" + reference + "/programme");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private List<String> programmeEvents(String reference) {
    return jdbc.sql(
            """
            SELECT e.summary FROM risk_event e JOIN referral r ON r.id = e.referral_id
            WHERE r.reference = :r AND e.kind = 'PROGRAMME_STATUS' ORDER BY e.id
            """)
        .param("r", reference)
        .query(String.class)
        .list();
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private static Map<String, String> errors(HttpResponse<String> response) {
    Map<String, String> errors = new LinkedHashMap<>();
    JsonNode list = json(response).get("errors");
    assertThat(list).as(response.body()).isNotNull();
    list.forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
    return errors;
  }
}
