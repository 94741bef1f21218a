package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.SignedIn;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.CaseAccess;
import org.tandem.access.Role;
import org.tandem.evaluation.MeasureResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Her follow-up evaluations through the API: scheduled with three tasks when she is first reached,
 * recorded once per point (completing that point's task), refused before she is reached, and
 * counted for reports by measure and point without anything that says who.
 */
class WomenEvaluationsTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private String worker;
  private String manager;

  @Autowired WomenEvaluations evaluations;
  @Autowired CaseAccess access;
  @Autowired UserDetailsService users;

  /** Her self-report results for one day in an area, as the manager reading the area report. */
  private List<MeasureResult> selfReport(long areaId, LocalDate day) {
    return SignedIn.as(
        users,
        area.user(Role.SERVICE_MANAGER).username(),
        () ->
            evaluations.selfReportResults(
                access.wallFiguresFor(List.of(areaId)), areaId, day, day));
  }

  private List<MeasureResult> mirabal(long areaId, LocalDate day) {
    return SignedIn.as(
        users,
        area.user(Role.SERVICE_MANAGER).username(),
        () -> evaluations.mirabalResults(access.wallFiguresFor(List.of(areaId)), areaId, day, day));
  }

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    worker = area.token(Role.PARTNER_SUPPORT_WORKER);
    manager = area.token(Role.SERVICE_MANAGER);
  }

  private record Her(String reference, long partnerId, String base) {}

  @Test
  void reachingHerForTheFirstTimeSchedulesThreeEvaluationTasks() {
    Her her = newCase(worker, area.code());
    JsonNode before = evaluationsOf(worker, her);
    assertThat(absent(before, "reachedOn")).as("not reached: no schedule").isTrue();
    assertThat(before.get("schedule")).isEmpty();
    attempt(her, "PHONE", "NO_ANSWER", clock.today().minusDays(3));
    assertThat(tasks(her)).as("a missed call reaches nobody").isEmpty();

    LocalDate reached = clock.today().minusDays(2);
    attempt(her, "PHONE", "SPOKE_WITH_HER", reached);
    JsonNode after = evaluationsOf(worker, her);
    assertThat(after.get("reachedOn").asString()).isEqualTo(reached.toString());
    assertThat(after.get("schedule")).hasSize(3);
    assertThat(after.get("schedule").get(0).get("point").asString()).isEqualTo("THREE_MONTHS");
    assertThat(after.get("schedule").get(0).get("dueOn").asString())
        .isEqualTo(reached.plusMonths(3).toString());
    assertThat(after.get("schedule").get(2).get("dueOn").asString())
        .isEqualTo(reached.plusMonths(18).toString());
    assertThat(after.get("schedule").get(1).get("taskDone").asBoolean()).isFalse();
    assertThat(after.get("schedule").get(1).get("overdue").asBoolean()).isFalse();

    Map<String, OffsetDateTime> tasks = tasks(her);
    assertThat(tasks)
        .containsOnlyKeys("EVALUATION_3_MONTHS", "EVALUATION_6_MONTHS", "EVALUATION_18_MONTHS");
    assertThat(tasks.get("EVALUATION_6_MONTHS").atZoneSameInstant(UK).toLocalDateTime())
        .as("due at the end of the working day, six months after she was reached")
        .isEqualTo(reached.plusMonths(6).atTime(17, 0));

    // Moving on to engaged (and back) is not a first reaching: no second set of tasks.
    HttpResponse<String> engaged =
        apiPost(
            worker,
            her.base() + "/status",
            """
            {"status": "ENGAGED", "changedOn": "%s", "version": %d}
            """
                .formatted(clock.today(), version(her)));
    assertThat(engaged.statusCode()).as(engaged.body()).isEqualTo(204);
    assertThat(taskCount(her)).isEqualTo(3);
  }

  @Test
  void recordingHerEvaluationCompletesThatPointsTaskAndShowsWhatSheSaid() {
    Her her = reachedCase(worker, area.code());
    HttpResponse<String> saved =
        apiPost(
            worker,
            her.base() + "/evaluations",
            evaluation("THREE_MONTHS", clock.today(), 5, 4, 4, 0, 3, 4, 0, "Invented: calmer"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

    JsonNode now = evaluationsOf(worker, her);
    JsonNode recorded = now.get("recorded");
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).get("point").asString()).isEqualTo("THREE_MONTHS");
    assertThat(recorded.get(0).get("violence").asInt()).isEqualTo(5);
    assertThat(recorded.get(0).get("childrensSafety").asInt()).as("no children").isZero();
    assertThat(recorded.get(0).get("sharedParenting").asInt()).as("not asked").isZero();
    assertThat(recorded.get(0).get("notes").asString()).isEqualTo("Invented: calmer");
    assertThat(recorded.get(0).get("recordedBy").asString())
        .isEqualTo(area.user(Role.PARTNER_SUPPORT_WORKER).username());
    JsonNode threeMonths = now.get("schedule").get(0);
    assertThat(threeMonths.get("completedOn").asString()).isEqualTo(clock.today().toString());
    assertThat(threeMonths.get("taskDone").asBoolean()).isTrue();
    assertThat(absent(now.get("schedule").get(1), "completedOn")).isTrue();
    assertThat(openTasks(her))
        .containsExactlyInAnyOrder("EVALUATION_6_MONTHS", "EVALUATION_18_MONTHS");
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM partner_evaluation WHERE partner_id = :p
                      AND childrens_safety IS NULL AND shared_parenting IS NULL
                    """)
                .param("p", her.partnerId())
                .query(Long.class)
                .single())
        .as("no children and not asked are stored as no rating, so counts leave them out")
        .isEqualTo(1);

    HttpResponse<String> again =
        apiPost(
            worker,
            her.base() + "/evaluations",
            evaluation("THREE_MONTHS", clock.today(), 1, 1, 1, 1, 1, 1, 1, null));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
    assertThat(again.body()).contains("Her 3-month evaluation is already recorded");
    assertThat(evaluationsOf(worker, her).get("recorded")).hasSize(1);

    // A manager may record the next one; every read and write is audited, without content.
    HttpResponse<String> six =
        apiPost(
            manager,
            her.base() + "/evaluations",
            evaluation("SIX_MONTHS", clock.today(), 4, 4, 4, 4, 4, 4, 4, null));
    assertThat(six.statusCode()).as(six.body()).isEqualTo(201);
    assertThat(openTasks(her)).containsExactly("EVALUATION_18_MONTHS");
    List<String> audit =
        jdbc.sql(
                """
                SELECT username || ' ' || action || ' ' || what || ' ' || channel FROM audit_event
                WHERE case_reference = :r AND what LIKE 'partner evaluation%' ORDER BY id
                """)
            .param("r", her.reference())
            .query(String.class)
            .list();
    assertThat(audit)
        .contains(
            area.user(Role.PARTNER_SUPPORT_WORKER).username() + " CREATE partner evaluation API",
            area.user(Role.PARTNER_SUPPORT_WORKER).username() + " READ partner evaluations API",
            area.user(Role.SERVICE_MANAGER).username() + " CREATE partner evaluation API");
  }

  @Test
  void anEvaluationIsRefusedBeforeSheIsReachedOrDatedBeforeIt() {
    Her notReached = newCase(worker, area.code());
    HttpResponse<String> tooSoon =
        apiPost(
            worker,
            notReached.base() + "/evaluations",
            evaluation("THREE_MONTHS", clock.today(), 4, 4, 4, 4, 4, 4, 4, null));
    assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(400);
    assertThat(tooSoon.body()).contains("She has not been reached yet");

    Her her = reachedCase(worker, area.code());
    HttpResponse<String> early =
        apiPost(
            worker,
            her.base() + "/evaluations",
            evaluation("THREE_MONTHS", clock.today().minusDays(30), 4, 4, 4, 4, 4, 4, 4, null));
    assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    assertThat(errorFields(early)).containsExactly("completedOn");

    HttpResponse<String> empty = apiPost(worker, her.base() + "/evaluations", "{}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(errorFields(empty))
        .containsExactly(
            "point",
            "completedOn",
            "violence",
            "abusiveBehaviour",
            "feelingSafe",
            "childrensSafety",
            "qualityOfLife",
            "respectfulCommunication",
            "spaceForAction",
            "safetyAndFreedom",
            "sharedParenting",
            "awarenessOfSelf",
            "saferChildhoods");

    HttpResponse<String> offTheScale =
        apiPost(
            worker,
            her.base() + "/evaluations",
            evaluation("THREE_MONTHS", clock.today(), 6, 4, 0, 4, 4, 7, 4, null));
    assertThat(offTheScale.statusCode()).isEqualTo(400);
    assertThat(errorFields(offTheScale))
        .containsExactly("violence", "feelingSafe", "respectfulCommunication");
    assertThat(evaluationsOf(worker, her).get("recorded")).isEmpty();
    assertThat(openTasks(her)).hasSize(3);
  }

  @Test
  void resultsCountAnswersAndImprovementsPerMeasureAndPointInTheArea() {
    LocalDate day = clock.today().minusDays(1);
    long northmoor = area.id();
    long eastwick = otherArea.id();
    Map<String, MeasureResult> selfBefore = byKey(selfReport(northmoor, day));
    Map<String, MeasureResult> mirabalBefore = byKey(mirabal(northmoor, day));
    Map<String, MeasureResult> eastwickBefore = byKey(selfReport(eastwick, day));

    // violence, abuse, safe, children, life; respectful, space, safety, parenting, self, childhoods
    record(
        reachedCase(worker, area.code()), "THREE_MONTHS", day, "5, 4, 3, 0, 2", "4, 0, 2, 0, 0, 0");
    record(
        reachedCase(worker, area.code()), "THREE_MONTHS", day, "2, 4, 5, 4, 4", "5, 3, 0, 0, 0, 0");
    Her third = reachedCase(worker, area.code());
    record(third, "SIX_MONTHS", day, "4, 3, 3, 3, 3", "0, 0, 0, 0, 0, 4");
    record(third, "THREE_MONTHS", day.minusDays(1), "5, 5, 5, 5, 5", "5, 5, 5, 5, 5, 5");
    record(
        reachedCase(otherArea.token(Role.PARTNER_SUPPORT_WORKER), otherArea.code()),
        "THREE_MONTHS",
        day,
        "5, 5, 5, 5, 5",
        "5, 5, 5, 5, 5, 5");

    List<MeasureResult> self = selfReport(northmoor, day);
    assertThat(self).as("five measures at three points").hasSize(15);
    assertThat(self.get(0))
        .extracting(MeasureResult::measure, MeasureResult::label, MeasureResult::point)
        .containsExactly("VIOLENCE", "Violence", "3 months");
    assertThat(self)
        .extracting(MeasureResult::point)
        .containsSubsequence("3 months", "6 months", "18 months");
    Map<String, MeasureResult> selfAfter = byKey(self);
    assertChange(selfBefore, selfAfter, "VIOLENCE/3 months", 2, 1);
    assertChange(selfBefore, selfAfter, "ABUSIVE_BEHAVIOUR/3 months", 2, 2);
    assertChange(selfBefore, selfAfter, "FEELING_SAFE/3 months", 2, 1);
    assertChange(selfBefore, selfAfter, "CHILDRENS_SAFETY/3 months", 1, 1);
    assertChange(selfBefore, selfAfter, "QUALITY_OF_LIFE/3 months", 2, 1);
    assertChange(selfBefore, selfAfter, "VIOLENCE/6 months", 1, 1);
    assertChange(selfBefore, selfAfter, "ABUSIVE_BEHAVIOUR/6 months", 1, 0);
    assertChange(selfBefore, selfAfter, "VIOLENCE/18 months", 0, 0);

    Map<String, MeasureResult> mirabalAfter = byKey(mirabal(northmoor, day));
    assertThat(mirabalAfter).hasSize(18);
    assertThat(mirabalAfter.get("SAFER_CHILDHOODS/3 months").label())
        .isEqualTo("Safer, healthier childhoods");
    assertChange(mirabalBefore, mirabalAfter, "RESPECTFUL_COMMUNICATION/3 months", 2, 2);
    assertChange(mirabalBefore, mirabalAfter, "SPACE_FOR_ACTION/3 months", 1, 0);
    assertChange(mirabalBefore, mirabalAfter, "SAFETY_AND_FREEDOM/3 months", 1, 0);
    assertChange(mirabalBefore, mirabalAfter, "SHARED_PARENTING/3 months", 0, 0);
    assertChange(mirabalBefore, mirabalAfter, "SAFER_CHILDHOODS/6 months", 1, 1);

    assertChange(eastwickBefore, byKey(selfReport(eastwick, day)), "VIOLENCE/3 months", 1, 1);
  }

  // --- helpers ---

  /** The API leaves out what has no value. */
  private static boolean absent(JsonNode node, String field) {
    return !node.has(field) || node.get(field).isNull();
  }

  private static Map<String, MeasureResult> byKey(List<MeasureResult> results) {
    return results.stream()
        .collect(Collectors.toMap(r -> r.measure() + "/" + r.point(), Function.identity()));
  }

  private static void assertChange(
      Map<String, MeasureResult> before,
      Map<String, MeasureResult> after,
      String key,
      int answered,
      int improved) {
    assertThat(after.get(key).answered() - before.get(key).answered())
        .as(key + " answered")
        .isEqualTo(answered);
    assertThat(after.get(key).improved() - before.get(key).improved())
        .as(key + " improved")
        .isEqualTo(improved);
  }

  private void record(Her her, String point, LocalDate on, String own, String mirabal) {
    int[] o = ints(own);
    int[] m = ints(mirabal);
    String json =
        """
        {"point": "%s", "completedOn": "%s", "violence": %d, "abusiveBehaviour": %d,
         "feelingSafe": %d, "childrensSafety": %d, "qualityOfLife": %d,
         "respectfulCommunication": %d, "spaceForAction": %d, "safetyAndFreedom": %d,
         "sharedParenting": %d, "awarenessOfSelf": %d, "saferChildhoods": %d}
        """
            .formatted(point, on, o[0], o[1], o[2], o[3], o[4], m[0], m[1], m[2], m[3], m[4], m[5]);
    String token =
        her.reference().startsWith(otherArea.code() + "-")
            ? otherArea.token(Role.PARTNER_SUPPORT_WORKER)
            : worker;
    HttpResponse<String> r = apiPost(token, her.base() + "/evaluations", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private static int[] ints(String list) {
    return java.util.Arrays.stream(list.split(",\\s*")).mapToInt(Integer::parseInt).toArray();
  }

  private static String evaluation(
      String point,
      LocalDate on,
      int violence,
      int abuse,
      int safe,
      int children,
      int life,
      int communication,
      int parenting,
      String notes) {
    return """
        {"point": "%s", "completedOn": "%s", "violence": %d, "abusiveBehaviour": %d,
         "feelingSafe": %d, "childrensSafety": %d, "qualityOfLife": %d,
         "respectfulCommunication": %d, "spaceForAction": 4, "safetyAndFreedom": 4,
         "sharedParenting": %d, "awarenessOfSelf": 4, "saferChildhoods": 4%s}
        """
        .formatted(
            point,
            on,
            violence,
            abuse,
            safe,
            children,
            life,
            communication,
            parenting,
            notes == null ? "" : ", \"notes\": \"" + notes + "\"");
  }

  /** A new case naming her, logged by the intake worker of her area. */
  private Her newCase(String token, String code) {
    HttpResponse<String> created =
        apiPost(
            (code.equals(area.code()) ? area : otherArea).token(Role.INTAKE),
            "/api/v1/referrals",
            TestData.referralJson(areaId(code)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = JSON.readTree(created.body()).get("reference").asString();
    JsonNode partners =
        JSON.readTree(apiGet(token, "/api/v1/cases/" + reference).body()).get("partners");
    long partnerId = partners.get(0).get("id").asLong();
    return new Her(reference, partnerId, "/api/v1/cases/" + reference + "/partners/" + partnerId);
  }

  /** A new case whose partner was reached two days ago. */
  private Her reachedCase(String token, String code) {
    Her her = newCase(token, code);
    HttpResponse<String> r =
        apiPost(
            token,
            her.base() + "/contact-attempts",
            """
            {"method": "PHONE", "attemptedOn": "%s", "attemptedAt": "10:00",
             "outcome": "SPOKE_WITH_HER", "withinSafeTimes": true}
            """
                .formatted(clock.today().minusDays(2)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return her;
  }

  private void attempt(Her her, String method, String outcome, LocalDate on) {
    HttpResponse<String> r =
        apiPost(
            worker,
            her.base() + "/contact-attempts",
            """
            {"method": "%s", "attemptedOn": "%s", "attemptedAt": "10:00", "outcome": "%s",
             "withinSafeTimes": true}
            """
                .formatted(method, on, outcome));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private JsonNode evaluationsOf(String token, Her her) {
    HttpResponse<String> r = apiGet(token, her.base() + "/evaluations");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private int version(Her her) {
    return JSON.readTree(apiGet(worker, her.base()).body()).get("version").asInt();
  }

  private Map<String, OffsetDateTime> tasks(Her her) {
    return jdbc
        .sql(
            """
            SELECT kind, due_at FROM partner_support_task
            WHERE partner_id = :p AND kind LIKE 'EVALUATION%'
            """)
        .param("p", her.partnerId())
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private long taskCount(Her her) {
    return jdbc.sql(
            "SELECT count(*) FROM partner_support_task WHERE partner_id = :p AND kind LIKE 'EVALUATION%'")
        .param("p", her.partnerId())
        .query(Long.class)
        .single();
  }

  private List<String> openTasks(Her her) {
    return jdbc.sql(
            """
            SELECT kind FROM partner_support_task
            WHERE partner_id = :p AND kind LIKE 'EVALUATION%' AND completed_at IS NULL
            """)
        .param("p", her.partnerId())
        .query(String.class)
        .list();
  }

  private long areaId(String code) {
    return jdbc.sql("SELECT id FROM area WHERE code = :c")
        .param("c", code)
        .query(Long.class)
        .single();
  }

  private static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    JSON.readTree(response.body())
        .get("errors")
        .forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
