package org.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.referralJson;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The assessment API as a provider's system uses it. */
class AssessmentApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String intake;
  private String worker;
  private String manager;
  private String otherAreasWorker;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    intake = area.token(Role.INTAKE);
    worker = area.token(Role.PERPETRATOR_WORKER);
    manager = area.token(Role.SERVICE_MANAGER);
    otherAreasWorker = otherArea.token(Role.PERPETRATOR_WORKER);
  }

  // --- sessions ---

  @Test
  void sessionsBeginTheAssessmentAndAreTotalled() {
    String reference = newCase();
    HttpResponse<String> none = apiGet(worker, assessment(reference));
    assertProblem(none, 404);

    HttpResponse<String> first =
        apiPost(
            worker,
            assessment(reference) + "/sessions",
            session(clock.today().minusDays(2), 90, true));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    HttpResponse<String> second =
        apiPost(
            manager,
            assessment(reference) + "/sessions",
            session(clock.today().minusDays(1), 60, false));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

    HttpResponse<String> got = apiGet(worker, assessment(reference));
    assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
    JsonNode a = json(got);
    assertThat(a.get("reference").asString()).isEqualTo(reference);
    assertThat(a.get("totalMinutes").asInt()).isEqualTo(150);
    JsonNode sessions = a.get("sessions");
    assertThat(sessions.size()).isEqualTo(2);
    assertThat(sessions.get(0).get("heldOn").asString())
        .isEqualTo(clock.today().minusDays(2).toString());
    assertThat(sessions.get(0).get("durationMinutes").asInt()).isEqualTo(90);
    assertThat(sessions.get(0).get("worker").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());
    assertThat(sessions.get(0).get("withInterpreter").asBoolean()).isTrue();
    assertThat(sessions.get(1).get("worker").asString())
        .isEqualTo(area.user(Role.SERVICE_MANAGER).username());
    assertThat(sessions.get(1).get("withInterpreter").asBoolean()).isFalse();
    assertThat(a.get("version").asInt()).isZero();
  }

  @Test
  void anInvalidSessionIsRefusedNamingItsFields() {
    String reference = newCase();
    HttpResponse<String> response =
        apiPost(
            worker,
            assessment(reference) + "/sessions",
            session(clock.today().plusDays(1), 0, false));
    assertProblem(response, 400);
    assertThat(errorFields(response)).containsExactlyInAnyOrder("heldOn", "durationMinutes");
    assertProblem(apiGet(worker, assessment(reference)), 404);
  }

  // --- history ---

  @Test
  void historyNeedsTheNumberOfIncidentsUnlessUnclear() {
    String reference = newCase();

    HttpResponse<String> noNumber =
        apiPut(worker, assessment(reference) + "/history", history("COUNT", null, 3, 0));
    assertProblem(noNumber, 400);
    assertThat(errorFields(noNumber)).containsExactly("policeIncidents");

    HttpResponse<String> atLeastNoNumber =
        apiPut(worker, assessment(reference) + "/history", history("AT_LEAST", null, 3, 0));
    assertProblem(atLeastNoNumber, 400);
    assertThat(errorFields(atLeastNoNumber)).containsExactly("policeIncidents");

    HttpResponse<String> outOfScale =
        apiPut(worker, assessment(reference) + "/history", history("COUNT", 2, 6, 0));
    assertProblem(outOfScale, 400);
    assertThat(errorFields(outOfScale)).containsExactly("denial");

    HttpResponse<String> unclear =
        apiPut(worker, assessment(reference) + "/history", history("UNCLEAR", null, 3, 0));
    assertThat(unclear.statusCode()).as(unclear.body()).isEqualTo(200);
    JsonNode h = json(unclear).get("history");
    assertThat(h.get("policeEvidenceText").asString()).isEqualTo("unclear");
    assertThat(h.get("disclosedViolence").asString()).isEqualTo("ONE_TO_FOUR");
    assertThat(h.get("alcoholAndDrugs").asString()).isEqualTo("Invented: drinks at weekends");
    JsonNode factors = json(unclear).get("dynamicFactors");
    assertThat(factors.get("denial").asInt()).isEqualTo(3);
    assertThat(factors.get("motivation").asInt()).isEqualTo(4);
    assertThat(json(unclear).get("version").asInt()).isEqualTo(1);

    HttpResponse<String> atLeast =
        apiPut(worker, assessment(reference) + "/history", history("AT_LEAST", 4, 2, 1));
    assertThat(atLeast.statusCode()).as(atLeast.body()).isEqualTo(200);
    assertThat(json(atLeast).get("history").get("policeEvidenceText").asString())
        .isEqualTo("4 or more");
    assertThat(json(atLeast).get("dynamicFactors").get("denial").asInt()).isEqualTo(2);
  }

  // --- DASH ---

  @Test
  void thirteenYesIsNotVisibleHighRiskAndMakesNoMaracReferral() {
    String reference = newCase();

    HttpResponse<String> response =
        apiPut(worker, assessment(reference) + "/dash", dash(yesTo(1, 13), "Invented view", 0));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = json(response);
    assertThat(result.get("score").asInt()).isEqualTo(13);
    assertThat(result.get("visibleHighRisk").asBoolean()).isFalse();
    assertThat(result.get("strangulation").asBoolean()).isFalse();
    assertThat(result.get("riskLevel").asString()).isEqualTo("STANDARD");
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
    assertThat(maracReferrals(reference)).isZero();
  }

  @Test
  void fourteenYesRaisesTheCaseToHighRiskWithOneMaracReferralTask() {
    String reference = newCase();
    List<Integer> yes = yesTo(3, 16);

    HttpResponse<String> response =
        apiPut(worker, assessment(reference) + "/dash", dash(yes, "Invented judgement", 0));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = json(response);
    assertThat(result.get("score").asInt()).isEqualTo(14);
    assertThat(result.get("outOf").asInt()).isEqualTo(24);
    assertThat(result.get("visibleHighRisk").asBoolean()).isTrue();
    assertThat(result.get("strangulation").asBoolean()).isTrue();
    assertThat(ints(result.get("yesIndicators"))).containsExactlyElementsOf(yes);
    assertThat(result.get("riskLevel").asString()).isEqualTo("HIGH");
    assertThat(result.get("version").asInt()).isEqualTo(1);

    assertThat(riskLevel(reference)).isEqualTo("HIGH");
    String reason =
        jdbc.sql("SELECT risk_level_reason FROM referral WHERE reference = :r")
            .param("r", reference)
            .query(String.class)
            .single();
    assertThat(reason).contains("14");
    assertThat(openMaracReferrals(reference)).isEqualTo(1);
    var marac =
        jdbc.sql(
                """
                SELECT m.trigger, m.due_on FROM marac_referral m JOIN referral r ON r.id = m.referral_id
                WHERE r.reference = :r AND m.referred_on IS NULL
                """)
            .param("r", reference)
            .query((rs, i) -> List.of(rs.getString(1), String.valueOf(rs.getObject(2))))
            .single();
    assertThat(marac.get(0)).isEqualTo("VISIBLE_HIGH_RISK");
    assertThat(marac.get(1)).isNotEqualTo("null");
    assertThat(LocalDate.parse(marac.get(1))).isAfterOrEqualTo(clock.today().minusDays(1));

    JsonNode dash = json(apiGet(worker, assessment(reference))).get("dash");
    assertThat(dash.get("score").asInt()).isEqualTo(14);
    assertThat(dash.get("answers").get("15").asString()).isEqualTo("YES");
    assertThat(dash.get("answers").get("1").asString()).isEqualTo("NO");
    assertThat(dash.get("judgement").asString()).isEqualTo("Invented judgement");

    // Saved again, with one more yes: still one open MARAC referral task.
    HttpResponse<String> again =
        apiPut(worker, assessment(reference) + "/dash", dash(yesTo(2, 16), "Invented again", 1));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json(again).get("score").asInt()).isEqualTo(15);
    assertThat(openMaracReferrals(reference)).isEqualTo(1);
    assertThat(maracReferrals(reference)).isEqualTo(1);
  }

  @Test
  void anIncompleteDashIsRefusedNamingEachIndicatorNotAnswered() {
    String reference = newCase();
    StringBuilder answers = new StringBuilder();
    for (int n = 1; n <= 24; n++) {
      if (n == 5 || n == 20) {
        continue;
      }
      answers.append(answers.isEmpty() ? "" : ", ").append("\"%d\": \"YES\"".formatted(n));
    }
    String body = "{\"answers\": {" + answers + "}, \"version\": 0}";

    HttpResponse<String> response = apiPut(worker, assessment(reference) + "/dash", body);

    assertProblem(response, 400);
    assertThat(errorFields(response)).containsExactly("answers[5]", "answers[20]");
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
    assertThat(maracReferrals(reference)).isZero();
  }

  @Test
  void aStaleVersionIsAConflictAndSavesNothing() {
    String reference = newCase();
    assertThat(
            apiPut(worker, assessment(reference) + "/history", history("COUNT", 2, 3, 0))
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> staleDash =
        apiPut(worker, assessment(reference) + "/dash", dash(yesTo(1, 14), null, 0));
    assertProblem(staleDash, 409);
    HttpResponse<String> staleHistory =
        apiPut(worker, assessment(reference) + "/history", history("COUNT", 9, 1, 0));
    assertProblem(staleHistory, 409);
    HttpResponse<String> staleDecision =
        apiPut(worker, assessment(reference) + "/viability", decision("GROUP_PROGRAMME", null, 0));
    assertProblem(staleDecision, 409);

    JsonNode a = json(apiGet(worker, assessment(reference)));
    assertThat(a.get("version").asInt()).isEqualTo(1);
    assertThat(a.get("history").get("policeIncidents").asInt()).isEqualTo(2);
    assertThat(a.get("dash").get("answered").asInt()).isZero();
    assertThat(absent(a.get("viability"))).isTrue();
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
    assertThat(maracReferrals(reference)).isZero();
  }

  // --- the viability decision ---

  @Test
  void theViabilityReasonMustFitTheDecision() {
    String reference = newCase();

    HttpResponse<String> wrongReason =
        apiPut(
            worker, assessment(reference) + "/viability", decision("INDIVIDUAL_WORK", "DENIAL", 0));
    assertProblem(wrongReason, 400);
    assertThat(errorFields(wrongReason)).containsExactly("reason");

    HttpResponse<String> noReason =
        apiPut(
            worker, assessment(reference) + "/viability", decision("NOT_ACCEPTABLE_NOW", null, 0));
    assertProblem(noReason, 400);
    assertThat(errorFields(noReason)).containsExactly("reason");

    HttpResponse<String> reasonNotWanted =
        apiPut(
            worker, assessment(reference) + "/viability", decision("GROUP_PROGRAMME", "OTHER", 0));
    assertProblem(reasonNotWanted, 400);
    assertThat(errorFields(reasonNotWanted)).containsExactly("reason");

    HttpResponse<String> fits =
        apiPut(
            worker,
            assessment(reference) + "/viability",
            decision("INDIVIDUAL_WORK", "LANGUAGE", 0));
    assertThat(fits.statusCode()).as(fits.body()).isEqualTo(200);
    JsonNode decided = json(fits).get("viability");
    assertThat(decided.get("decision").asString()).isEqualTo("INDIVIDUAL_WORK");
    assertThat(decided.get("reason").asString()).isEqualTo("LANGUAGE");
    assertThat(decided.get("notes").asString()).isEqualTo("Invented reasons");
    assertThat(decided.get("decidedBy").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());

    HttpResponse<String> group =
        apiPut(worker, assessment(reference) + "/viability", decision("GROUP_PROGRAMME", null, 1));
    assertThat(group.statusCode()).as(group.body()).isEqualTo(200);
    assertThat(json(group).get("viability").get("decision").asString())
        .isEqualTo("GROUP_PROGRAMME");
    assertThat(absent(json(group).get("viability").get("reason"))).isTrue();
  }

  // --- who may ---

  @Test
  void intakeMayReadButNotRecordTheAssessment() {
    String reference = newCase();
    assertThat(
            apiPost(worker, assessment(reference) + "/sessions", session(clock.today(), 45, false))
                .statusCode())
        .isEqualTo(201);

    assertThat(apiGet(intake, assessment(reference)).statusCode()).isEqualTo(200);
    assertProblem(
        apiPost(intake, assessment(reference) + "/sessions", session(clock.today(), 45, false)),
        403);
    assertProblem(
        apiPut(intake, assessment(reference) + "/history", history("COUNT", 2, 3, 0)), 403);
    assertProblem(
        apiPut(intake, assessment(reference) + "/dash", dash(yesTo(1, 14), null, 0)), 403);
    assertProblem(
        apiPut(intake, assessment(reference) + "/viability", decision("GROUP_PROGRAMME", null, 0)),
        403);
    assertThat(json(apiGet(worker, assessment(reference))).get("sessions").size()).isEqualTo(1);
    assertThat(maracReferrals(reference)).isZero();
  }

  @Test
  void aCaseOutsideTheCallersAreasIsNotFound() {
    String reference = newCase();
    assertThat(
            apiPost(worker, assessment(reference) + "/sessions", session(clock.today(), 45, false))
                .statusCode())
        .isEqualTo(201);

    assertProblem(apiGet(otherAreasWorker, assessment(reference)), 404);
    assertProblem(
        apiPost(
            otherAreasWorker,
            assessment(reference) + "/sessions",
            session(clock.today(), 45, false)),
        404);
    assertProblem(
        apiPut(otherAreasWorker, assessment(reference) + "/dash", dash(yesTo(1, 14), null, 0)),
        404);
    assertThat(json(apiGet(worker, assessment(reference))).get("sessions").size()).isEqualTo(1);
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
  }

  @Test
  void theApiDescriptionNamesEveryAssessmentOperation() {
    JsonNode paths = json(apiGet(newArea().token(Role.INTAKE), "/v3/api-docs")).get("paths");
    assertThat(paths.get("/api/v1/cases/{reference}/assessment").has("get")).isTrue();
    assertThat(paths.get("/api/v1/cases/{reference}/assessment/sessions").has("post")).isTrue();
    assertThat(paths.get("/api/v1/cases/{reference}/assessment/history").has("put")).isTrue();
    assertThat(paths.get("/api/v1/cases/{reference}/assessment/dash").has("put")).isTrue();
    assertThat(paths.get("/api/v1/cases/{reference}/assessment/viability").has("put")).isTrue();
  }

  // --- helpers ---

  private String newCase() {
    HttpResponse<String> created = apiPost(intake, "/api/v1/referrals", referralJson(area.id()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("reference").asString();
  }

  private static String assessment(String reference) {
    return "/api/v1/cases/" + reference + "/assessment";
  }

  private long areaId(String code) {
    return jdbc.sql("SELECT id FROM area WHERE code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private String riskLevel(String reference) {
    return jdbc.sql("SELECT risk_level FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(String.class)
        .single();
  }

  private int maracReferrals(String reference) {
    return jdbc.sql(
            "SELECT count(*) FROM marac_referral m JOIN referral r ON r.id = m.referral_id"
                + " WHERE r.reference = :r")
        .param("r", reference)
        .query(Integer.class)
        .single();
  }

  private int openMaracReferrals(String reference) {
    return jdbc.sql(
            "SELECT count(*) FROM marac_referral m JOIN referral r ON r.id = m.referral_id"
                + " WHERE r.reference = :r AND m.referred_on IS NULL")
        .param("r", reference)
        .query(Integer.class)
        .single();
  }

  @Test
  void everyBandOfDisclosedViolenceCanBeRecorded() {
    String reference = newCase();
    int version = 0;
    for (DisclosedViolence band : DisclosedViolence.values()) {
      HttpResponse<String> saved =
          apiPut(
              worker,
              assessment(reference) + "/history",
              history("COUNT", 2, 3, version, band.name()));
      assertThat(saved.statusCode()).as(band + ": " + saved.body()).isEqualTo(200);
      assertThat(json(saved).get("history").get("disclosedViolence").asString())
          .isEqualTo(band.name());
      version = json(saved).get("version").asInt();
    }
  }

  private static String session(LocalDate on, int minutes, boolean interpreter) {
    return """
        {"heldOn": "%s", "durationMinutes": %d, "withInterpreter": %b}
        """
        .formatted(on, minutes, interpreter);
  }

  private static String history(String evidence, Integer incidents, int denial, int version) {
    return history(evidence, incidents, denial, version, "ONE_TO_FOUR");
  }

  private static String history(
      String evidence, Integer incidents, int denial, int version, String disclosed) {
    return """
        {"policeEvidence": "%s", "policeIncidents": %s, "disclosedViolence": "%s",
         "otherViolence": "Invented: none known", "alcoholAndDrugs": "Invented: drinks at weekends",
         "childrenExposure": "Invented: present at two incidents", "staticRiskMarkers": "Invented",
         "denial": %d, "minimisation": 3, "blame": 4, "hostility": 2, "empathy": 2,
         "motivation": 4, "version": %d}
        """
        .formatted(evidence, incidents, disclosed, denial, version);
  }

  private static String decision(String viability, String reason, int version) {
    return """
        {"viability": "%s", "reason": %s, "notes": "Invented reasons", "version": %d}
        """
        .formatted(viability, reason == null ? "null" : "\"" + reason + "\"", version);
  }

  /** The indicators from {@code first} to {@code last} answered yes. */
  private static List<Integer> yesTo(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().toList();
  }

  /** All 24 answered: these yes, the others no, except 24 not known unless it is a yes. */
  private static String dash(List<Integer> yes, String judgement, int version) {
    Set<Integer> yesSet = Set.copyOf(yes);
    String answers =
        IntStream.rangeClosed(1, 24)
            .mapToObj(
                n ->
                    "\"%d\": \"%s\""
                        .formatted(n, yesSet.contains(n) ? "YES" : n == 24 ? "NOT_KNOWN" : "NO"))
            .collect(Collectors.joining(", "));
    return "{\"answers\": {%s}, \"judgement\": %s, \"version\": %d}"
        .formatted(answers, judgement == null ? "null" : "\"" + judgement + "\"", version);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** Left out of the response, or null: the API omits what is not there. */
  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> values = new ArrayList<>();
    array.forEach(n -> values.add(n.asInt()));
    return values;
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json(response).get("status").asInt()).isEqualTo(status);
  }

  private static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
