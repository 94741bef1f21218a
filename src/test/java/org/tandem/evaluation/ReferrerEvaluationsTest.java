package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referrer's evaluation of a case: recorded and read by intake and managers only, in their
 * areas, checked field by field, and counted for reports by measure.
 */
class ReferrerEvaluationsTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String intake;
  private String manager;

  @Autowired ReferrerEvaluations evaluations;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    intake = area.token(Role.INTAKE);
    manager = area.token(Role.SERVICE_MANAGER);
  }

  @Test
  void intakeRecordsWhatTheReferrerReturnedAndSeesItNewestFirst() {
    String reference = newCase(intake, area.code());
    String path = "/api/v1/cases/" + reference + "/referrer-evaluations";
    assertThat(JSON.readTree(apiGet(intake, path).body())).isEmpty();

    HttpResponse<String> first =
        apiPost(intake, path, evaluation(clock.today().minusDays(20), 4, 5, 4, 3, "Invented"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(JSON.readTree(first.body()).get("id").asLong()).isPositive();
    HttpResponse<String> second =
        apiPost(manager, path, evaluation(clock.today().minusDays(2), 2, 3, 5, 5, null));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

    JsonNode list = JSON.readTree(apiGet(intake, path).body());
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("receivedOn").asString())
        .isEqualTo(clock.today().minusDays(2).toString());
    assertThat(list.get(0).get("recordedBy").asString())
        .isEqualTo(area.user(Role.SERVICE_MANAGER).username());
    assertThat(list.get(1).get("assessmentUsefulness").asInt()).isEqualTo(4);
    assertThat(list.get(1).get("reportUsefulness").asInt()).isEqualTo(5);
    assertThat(list.get(1).get("herSafety").asInt()).isEqualTo(4);
    assertThat(list.get(1).get("childrensSafety").asInt()).isEqualTo(3);
    assertThat(list.get(1).get("comments").asString()).isEqualTo("Invented");

    List<String> audit =
        jdbc.sql(
                """
                SELECT username || ' ' || action || ' ' || what FROM audit_event
                WHERE case_reference = :r AND what LIKE 'referrer evaluation%' ORDER BY id
                """)
            .param("r", reference)
            .query(String.class)
            .list();
    assertThat(audit)
        .contains(
            area.user(Role.INTAKE).username() + " CREATE referrer evaluation",
            area.user(Role.SERVICE_MANAGER).username() + " CREATE referrer evaluation",
            area.user(Role.INTAKE).username() + " READ referrer evaluations");
  }

  @Test
  void onlyIntakeAndManagersMayUseItAndOnlyInTheirAreas() {
    String reference = newCase(intake, area.code());
    String path = "/api/v1/cases/" + reference + "/referrer-evaluations";
    assertThat(
            apiPost(intake, path, evaluation(clock.today(), 4, 4, 4, 4, "Invented")).statusCode())
        .isEqualTo(201);
    for (TestArea.User user :
        List.of(
            area.user(Role.PARTNER_SUPPORT_WORKER),
            area.user(Role.PERPETRATOR_WORKER),
            area.user(Role.CHILDRENS_WORKER),
            area.user(Role.COMMISSIONER))) {
      HttpResponse<String> read = apiGet(user.token(), path);
      assertThat(read.statusCode()).as(user.username() + " GET").isEqualTo(403);
      assertThat(read.body()).doesNotContain("Invented");
      assertThat(
              apiPost(user.token(), path, evaluation(clock.today(), 1, 1, 1, 1, null)).statusCode())
          .as(user.username() + " POST")
          .isEqualTo(403);
      PageSession session = signedIn(user);
      assertThat(session.get("/cases/" + reference + "/referrer-evaluation").statusCode())
          .as(user.username() + " page")
          .isEqualTo(403);
    }
    assertThat(JSON.readTree(apiGet(intake, path).body())).hasSize(1);

    String eastwick = newCase(otherArea.token(Role.INTAKE), otherArea.code());
    HttpResponse<String> elsewhere =
        apiGet(intake, "/api/v1/cases/" + eastwick + "/referrer-evaluations");
    assertThat(elsewhere.statusCode()).as("a case outside intake's areas").isEqualTo(404);
    assertThat(
            apiPost(
                    intake,
                    "/api/v1/cases/" + eastwick + "/referrer-evaluations",
                    evaluation(clock.today(), 4, 4, 4, 4, null))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void theCasePageLinksToItForIntakeAndManagersOnly() {
    String reference = newCase(intake, area.code());
    for (TestArea.User user : List.of(area.user(Role.INTAKE), area.user(Role.SERVICE_MANAGER))) {
      PageSession session = signedIn(user);
      assertThat(session.get("/cases/" + reference).body())
          .as(user.username())
          .contains("/cases/" + reference + "/referrer-evaluation");
    }
    for (TestArea.User user :
        List.of(
            area.user(Role.PERPETRATOR_WORKER),
            area.user(Role.PARTNER_SUPPORT_WORKER),
            area.user(Role.CHILDRENS_WORKER))) {
      PageSession session = signedIn(user);
      assertThat(session.get("/cases/" + reference).body())
          .as(user.username())
          .doesNotContain("referrer-evaluation");
    }
  }

  @Test
  void everyFieldIsCheckedAndNothingIsSavedWhenOneIsWrong() {
    String reference = newCase(intake, area.code());
    String path = "/api/v1/cases/" + reference + "/referrer-evaluations";
    HttpResponse<String> empty = apiPost(intake, path, "{}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(errorFields(empty))
        .containsExactly(
            "receivedOn",
            "assessmentUsefulness",
            "reportUsefulness",
            "herSafety",
            "childrensSafety");
    HttpResponse<String> wrong =
        apiPost(intake, path, evaluation(clock.today().plusDays(1), 0, 6, 3, 3, "x".repeat(4001)));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(errorFields(wrong))
        .containsExactly("receivedOn", "assessmentUsefulness", "reportUsefulness", "comments");
    assertThat(JSON.readTree(apiGet(intake, path).body())).isEmpty();
  }

  @Test
  void resultsCountAnsweredAndImprovedPerMeasureInTheAreaAndPeriod() {
    LocalDate day = clock.today().minusDays(5);
    long northmoor = area.id();
    Map<String, MeasureResult> before = byMeasure(evaluations.results(northmoor, day, day));
    record(newCase(intake, area.code()), day, 5, 3, 4, 2);
    record(newCase(intake, area.code()), day, 4, 4, 3, 5);
    record(newCase(intake, area.code()), day.minusDays(1), 5, 5, 5, 5);
    record(newCase(otherArea.token(Role.INTAKE), otherArea.code()), day, 5, 5, 5, 5);

    List<MeasureResult> results = evaluations.results(northmoor, day, day);
    assertThat(results)
        .extracting(MeasureResult::measure)
        .containsExactly(
            "ASSESSMENT_USEFULNESS", "REPORT_USEFULNESS", "HER_SAFETY", "CHILDRENS_SAFETY");
    assertThat(results)
        .extracting(MeasureResult::label)
        .containsExactly(
            "Usefulness of the assessment",
            "Usefulness of the risk identification report",
            "Her safety after engagement",
            "The children’s safety after engagement");
    assertThat(results).extracting(MeasureResult::point).containsOnly("After engagement");
    Map<String, MeasureResult> after = byMeasure(results);
    assertChange(before, after, "ASSESSMENT_USEFULNESS", 2, 2);
    assertChange(before, after, "REPORT_USEFULNESS", 2, 1);
    assertChange(before, after, "HER_SAFETY", 2, 1);
    assertChange(before, after, "CHILDRENS_SAFETY", 2, 1);
  }

  // --- helpers ---

  private void record(String reference, LocalDate on, int a, int r, int h, int c) {
    HttpResponse<String> saved =
        apiPost(
            reference.startsWith(otherArea.code() + "-") ? otherArea.token(Role.INTAKE) : intake,
            "/api/v1/cases/" + reference + "/referrer-evaluations",
            evaluation(on, a, r, h, c, null));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
  }

  private static Map<String, MeasureResult> byMeasure(List<MeasureResult> results) {
    return results.stream().collect(Collectors.toMap(MeasureResult::measure, Function.identity()));
  }

  private static void assertChange(
      Map<String, MeasureResult> before,
      Map<String, MeasureResult> after,
      String measure,
      int answered,
      int improved) {
    assertThat(after.get(measure).answered() - before.get(measure).answered())
        .as(measure + " answered")
        .isEqualTo(answered);
    assertThat(after.get(measure).improved() - before.get(measure).improved())
        .as(measure + " improved")
        .isEqualTo(improved);
  }

  private static String evaluation(
      LocalDate on, int assessment, int report, int her, int children, String comments) {
    return """
        {"receivedOn": "%s", "assessmentUsefulness": %d, "reportUsefulness": %d,
         "herSafety": %d, "childrensSafety": %d%s}
        """
        .formatted(
            on,
            assessment,
            report,
            her,
            children,
            comments == null ? "" : ", \"comments\": \"" + comments + "\"");
  }

  private String newCase(String token, String area) {
    HttpResponse<String> created =
        apiPost(token, "/api/v1/referrals", TestData.referralJson(areaId(area)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("reference").asString();
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
