package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;
import static org.tandem.TestData.referralJson;

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
 * The risk timeline, alerts, MARAC referrals and risk reviews through the API, with the escalation
 * trigger tested at its boundaries.
 */
class RiskApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String intake;
  private String perpetrator;
  private String partner;
  private String childrens;
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
    childrens = area.token(Role.CHILDRENS_WORKER);
    manager = area.token(Role.SERVICE_MANAGER);
    otherAreasWorker = otherArea.token(Role.PERPETRATOR_WORKER);
  }

  private static LocalDate today() {
    return clock.today();
  }

  // --- escalation: 3 or more police call-outs in the past 12 months ---

  @Test
  void twoCallOutsDoNotEscalateAndAThirdWithinTwelveMonthsDoes() {
    String reference = newCase();

    recordCallOut(perpetrator, reference, today().minusMonths(5));
    recordCallOut(perpetrator, reference, today().minusMonths(1));

    assertThat(maracReferrals(reference)).isEmpty();
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
    JsonNode twoCallOuts = picture(perpetrator, reference);
    assertThat(twoCallOuts.get("policeCallOutsInPastYear").asLong()).isEqualTo(2);
    assertThat(twoCallOuts.get("level").asString()).isEqualTo("STANDARD");

    recordCallOut(perpetrator, reference, today());

    assertThat(riskLevel(reference)).isEqualTo("HIGH");
    assertThat(riskLevelReason(reference))
        .isEqualTo("3 police call-outs in the past 12 months: escalation");
    List<Map<String, Object>> tasks = maracReferrals(reference);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("trigger")).isEqualTo("ESCALATION");
    assertThat(tasks.get(0).get("referred_on")).isNull();
    assertThat(tasks.get(0).get("is_repeat")).isEqualTo(false);

    JsonNode picture = picture(perpetrator, reference);
    assertThat(picture.get("level").asString()).isEqualTo("HIGH");
    assertThat(picture.get("levelReason").asString()).contains("escalation");
    assertThat(picture.get("policeCallOutsInPastYear").asLong()).isEqualTo(3);
    JsonNode marac = picture.get("maracReferrals");
    assertThat(marac).hasSize(1);
    assertThat(marac.get(0).get("trigger").asString()).isEqualTo("ESCALATION");
    assertThat(marac.get(0).get("dueOn").asString()).isNotEmpty();

    // A fourth call-out does not open a second task while the first waits.
    recordCallOut(perpetrator, reference, today());
    assertThat(maracReferrals(reference)).hasSize(1);
  }

  @Test
  void aCallOutJustOutsideTwelveMonthsDoesNotCount() {
    String reference = newCase();

    recordCallOut(perpetrator, reference, today().minusMonths(12).minusDays(1));
    recordCallOut(perpetrator, reference, today().minusMonths(3));
    recordCallOut(perpetrator, reference, today());

    assertThat(maracReferrals(reference)).isEmpty();
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
    assertThat(picture(perpetrator, reference).get("policeCallOutsInPastYear").asLong())
        .isEqualTo(2);
  }

  @Test
  void aCallOutExactlyTwelveMonthsAgoCounts() {
    String reference = newCase();

    recordCallOut(partner, reference, today().minusMonths(12));
    recordCallOut(partner, reference, today().minusMonths(6));
    recordCallOut(partner, reference, today().minusDays(1));

    assertThat(riskLevel(reference)).isEqualTo("HIGH");
    assertThat(maracReferrals(reference))
        .singleElement()
        .satisfies(m -> assertThat(m.get("trigger")).isEqualTo("ESCALATION"));
  }

  @Test
  void otherKindsOfEventDoNotCountAsCallOuts() {
    String reference = newCase();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> r =
          apiPost(
              perpetrator,
              "/api/v1/cases/" + reference + "/risk-events",
              event("DISCLOSURE", today().minusDays(i), "Invented disclosure " + i, false));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
    assertThat(maracReferrals(reference)).isEmpty();
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
  }

  // --- professional judgement and repeat referrals ---

  @Test
  void professionalJudgementCreatesAMaracTaskAndRaisesTheLevel() {
    String reference = newCase();

    HttpResponse<String> response =
        apiPost(
            childrens,
            "/api/v1/cases/" + reference + "/marac-referrals",
            "{\"reason\": \"Invented concern about escalating control\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).get("trigger").asString()).isEqualTo("PROFESSIONAL_JUDGEMENT");
    assertThat(json(response).get("repeat").asBoolean()).isFalse();
    List<Map<String, Object>> tasks = maracReferrals(reference);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("trigger")).isEqualTo("PROFESSIONAL_JUDGEMENT");
    assertThat(tasks.get(0).get("reason")).isEqualTo("Invented concern about escalating control");
    assertThat(riskLevel(reference)).isEqualTo("HIGH");
    assertThat(riskLevelReason(reference)).startsWith("Professional judgement");
  }

  @Test
  void professionalJudgementNeedsAReason() {
    String reference = newCase();

    HttpResponse<String> response =
        apiPost(manager, "/api/v1/cases/" + reference + "/marac-referrals", "{\"reason\": \" \"}");

    assertProblem(response, 400);
    assertThat(errorFields(response)).containsExactly("reason");
    assertThat(maracReferrals(reference)).isEmpty();
  }

  @Test
  void aSecondReferralWithinTwelveMonthsOfTheLastIsARepeat() {
    String reference = newCase();

    JsonNode first =
        json(
            apiPost(
                perpetrator,
                "/api/v1/cases/" + reference + "/marac-referrals",
                "{\"reason\": \"Invented first concern\"}"));
    assertThat(first.get("repeat").asBoolean()).isFalse();
    HttpResponse<String> made =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/marac-referrals/" + first.get("id").asLong() + "/made",
            "{\"referredOn\": \"%s\", \"version\": %d}"
                .formatted(today(), first.get("version").asInt()));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    assertThat(json(made).get("referredOn").asString()).isEqualTo(today().toString());
    assertThat(json(made).get("referredBy").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());

    // Making it again with the version read before is a conflict.
    HttpResponse<String> stale =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/marac-referrals/" + first.get("id").asLong() + "/made",
            "{\"referredOn\": \"%s\", \"version\": %d}"
                .formatted(today(), first.get("version").asInt()));
    assertProblem(stale, 409);

    HttpResponse<String> second =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/marac-referrals",
            "{\"reason\": \"Invented second concern\"}");

    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(json(second).get("repeat").asBoolean()).isTrue();
    List<Map<String, Object>> tasks = maracReferrals(reference);
    assertThat(tasks).hasSize(2);
    assertThat(tasks.get(0).get("is_repeat")).isEqualTo(false);
    assertThat(tasks.get(1).get("is_repeat")).isEqualTo(true);
  }

  @Test
  void aReferralMoreThanTwelveMonthsAfterTheLastIsNotARepeat() {
    String reference = newCase();
    JsonNode first =
        json(
            apiPost(
                perpetrator,
                "/api/v1/cases/" + reference + "/marac-referrals",
                "{\"reason\": \"Invented earlier concern\"}"));
    HttpResponse<String> made =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/marac-referrals/" + first.get("id").asLong() + "/made",
            "{\"referredOn\": \"%s\", \"version\": %d}"
                .formatted(today().minusMonths(12).minusDays(1), first.get("version").asInt()));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);

    JsonNode second =
        json(
            apiPost(
                perpetrator,
                "/api/v1/cases/" + reference + "/marac-referrals",
                "{\"reason\": \"Invented later concern\"}"));

    assertThat(second.get("repeat").asBoolean()).isFalse();
  }

  @Test
  void theMeetingOutcomeIsRecordedAgainstTheReferral() {
    String reference = newCase();
    JsonNode task =
        json(
            apiPost(
                manager,
                "/api/v1/cases/" + reference + "/marac-referrals",
                "{\"reason\": \"Invented concern\"}"));
    long id = task.get("id").asLong();
    JsonNode made =
        json(
            apiPost(
                manager,
                "/api/v1/cases/" + reference + "/marac-referrals/" + id + "/made",
                "{\"referredOn\": \"%s\", \"version\": %d}"
                    .formatted(today(), task.get("version").asInt())));

    HttpResponse<String> missing =
        apiPost(
            manager,
            "/api/v1/cases/" + reference + "/marac-referrals/" + id + "/outcome",
            "{\"version\": %d}".formatted(made.get("version").asInt()));
    assertProblem(missing, 400);
    assertThat(errorFields(missing)).containsExactlyInAnyOrder("meetingOn", "meetingOutcome");

    HttpResponse<String> outcome =
        apiPost(
            manager,
            "/api/v1/cases/" + reference + "/marac-referrals/" + id + "/outcome",
            "{\"meetingOn\": \"%s\", \"meetingOutcome\": \"Invented safety plan agreed\", \"version\": %d}"
                .formatted(today(), made.get("version").asInt()));
    assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);
    assertThat(json(outcome).get("meetingOutcome").asString())
        .isEqualTo("Invented safety plan agreed");
  }

  // --- alerts ---

  @Test
  void alertsGoToTheAllocatedWorkersOnly() {
    String reference = newCase();
    allocate(
        reference,
        area.user(Role.PERPETRATOR_WORKER).id(),
        area.user(Role.PARTNER_SUPPORT_WORKER).id());

    HttpResponse<String> response =
        apiPost(
            manager,
            "/api/v1/cases/" + reference + "/risk-events",
            event("RELEASE_FROM_CUSTODY", today(), "Invented: released on licence", true));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

    assertThat(alertedUsers(reference))
        .containsExactlyInAnyOrder(
            area.user(Role.PERPETRATOR_WORKER).username(),
            area.user(Role.PARTNER_SUPPORT_WORKER).username());
    for (String worker : List.of(perpetrator, partner)) {
      JsonNode alert = alertOn(worker, reference);
      assertThat(alert).as("an alert on " + reference).isNotNull();
      assertThat(alert.get("message").asString())
          .isEqualTo("New release from custody on " + reference);
    }
    assertThat(alertOn(manager, reference)).isNull();
    assertThat(alertOn(childrens, reference)).isNull();

    // Acknowledged, it leaves her list but not his.
    long id = alertOn(partner, reference).get("id").asLong();
    assertThat(apiPost(partner, "/api/v1/alerts/" + id + "/acknowledge", "").statusCode())
        .isEqualTo(204);
    assertThat(alertOn(partner, reference)).isNull();
    assertThat(alertOn(perpetrator, reference)).isNotNull();
    // Someone else's alert cannot be acknowledged for them.
    long his = alertOn(perpetrator, reference).get("id").asLong();
    HttpResponse<String> notHers = apiPost(partner, "/api/v1/alerts/" + his + "/acknowledge", "");
    assertThat(notHers.statusCode()).isEqualTo(404);
    assertThat(notHers.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(alertOn(perpetrator, reference)).isNotNull();
    // Nor can her own be acknowledged twice as if it were new.
    assertThat(apiPost(partner, "/api/v1/alerts/" + id + "/acknowledge", "").statusCode())
        .isEqualTo(404);
  }

  @Test
  void whileNoneAreAllocatedAlertsGoToTheAreasWorkersButNeverTheRecorder() {
    String reference = newCase();

    HttpResponse<String> response =
        apiPost(
            partner,
            "/api/v1/cases/" + reference + "/risk-events",
            event("PARTNER_REPORT", today(), "Invented report of threats", true));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

    List<String> expected = new ArrayList<>(areaWorkers(area.code()));
    expected.remove(area.user(Role.PARTNER_SUPPORT_WORKER).username());
    assertThat(expected).contains(area.user(Role.PERPETRATOR_WORKER).username());
    assertThat(alertedUsers(reference)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(alertOn(perpetrator, reference)).isNotNull();
    assertThat(alertOn(partner, reference)).isNull();
    assertThat(alertOn(childrens, reference)).isNull();
    assertThat(alertOn(otherAreasWorker, reference)).isNull();
  }

  @Test
  void anEventWithoutAnAlertAlertsNoOne() {
    String reference = newCase();
    apiPost(
        manager,
        "/api/v1/cases/" + reference + "/risk-events",
        event("MISSED_SESSION", today(), "Invented: missed group session", false));
    assertThat(alertedUsers(reference)).isEmpty();
  }

  // --- risk reviews ---

  @Test
  void aRiskReviewSetsTheLevelAndTheNextReviewDate() {
    String reference = newCase();
    LocalDate next = today().plusMonths(3);

    HttpResponse<String> response =
        apiPost(
            manager,
            "/api/v1/cases/" + reference + "/risk-reviews",
            """
            {"heldOn": "%s", "attendees": "Perpetrator worker, partner support, invented police officer",
             "decisions": "Invented: continue weekly contact", "riskLevel": "MEDIUM", "nextReviewOn": "%s"}
            """
                .formatted(today(), next));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(riskLevel(reference)).isEqualTo("MEDIUM");
    assertThat(
            jdbc.sql("SELECT risk_review_due_on FROM referral WHERE reference = :r")
                .param("r", reference)
                .query(LocalDate.class)
                .single())
        .isEqualTo(next);
    JsonNode picture = picture(childrens, reference);
    assertThat(picture.get("reviewDueOn").asString()).isEqualTo(next.toString());
    assertThat(picture.get("reviewOverdue").asBoolean()).isFalse();
    assertThat(picture.get("reviews").get(0).get("decisions").asString())
        .isEqualTo("Invented: continue weekly contact");
    assertThat(picture.get("levelReason").asString()).isEqualTo("Risk review on " + today());
  }

  @Test
  void anInvalidRiskReviewIsRefusedNamingEachField() {
    String reference = newCase();

    HttpResponse<String> response =
        apiPost(
            manager,
            "/api/v1/cases/" + reference + "/risk-reviews",
            "{\"heldOn\": \"%s\", \"decisions\": \" \", \"nextReviewOn\": \"%s\"}"
                .formatted(today(), today().minusDays(1)));

    assertProblem(response, 400);
    assertThat(errorFields(response))
        .containsExactlyInAnyOrder("decisions", "riskLevel", "nextReviewOn");
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
  }

  @Test
  void anOverdueReviewShowsOnTheCaseList() {
    String reference = newCase();
    HttpResponse<String> review =
        apiPost(
            manager,
            "/api/v1/cases/" + reference + "/risk-reviews",
            """
            {"heldOn": "%s", "decisions": "Invented: review again next month", "riskLevel": "HIGH",
             "nextReviewOn": "%s"}
            """
                .formatted(today().minusDays(40), today().minusDays(1)));
    assertThat(review.statusCode()).as(review.body()).isEqualTo(201);

    assertThat(picture(manager, reference).get("reviewOverdue").asBoolean()).isTrue();
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    HttpResponse<String> cases = manager.get("/cases?q=" + reference);
    assertThat(cases.statusCode()).isEqualTo(200);
    String row = rowOf(cases.body(), reference);
    assertThat(row).contains("Review overdue").contains("High");
    HttpResponse<String> riskPage = manager.get("/cases/" + reference + "/risk");
    assertThat(riskPage.statusCode()).isEqualTo(200);
    assertThat(riskPage.body()).contains("Review overdue");

    // A case whose review is not yet due does not say so.
    String onTime = newCase();
    apiPost(
        this.manager,
        "/api/v1/cases/" + onTime + "/risk-reviews",
        """
        {"heldOn": "%s", "decisions": "Invented", "riskLevel": "HIGH", "nextReviewOn": "%s"}
        """
            .formatted(today(), today().plusDays(7)));
    assertThat(rowOf(manager.get("/cases?q=" + onTime).body(), onTime))
        .doesNotContain("Review overdue");
  }

  // --- timeline and validation ---

  @Test
  void theTimelineIsInTheOrderEventsHappened() {
    String reference = newCase();
    String later = marker("later");
    String earlier = marker("earlier");
    apiPost(
        perpetrator,
        "/api/v1/cases/" + reference + "/risk-events",
        event("COURT_ORDER", today().minusDays(2), later, false));
    apiPost(
        partner,
        "/api/v1/cases/" + reference + "/risk-events",
        event("NEW_PARTNER", today().minusDays(20), earlier, false)
            .replace("}", ", \"source\": \"Invented probation\"}"));

    HttpResponse<String> response = apiGet(childrens, "/api/v1/cases/" + reference + "/timeline");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode timeline = json(response);
    assertThat(timeline).hasSize(2);
    assertThat(timeline.get(0).get("summary").asString()).isEqualTo(earlier);
    assertThat(timeline.get(0).get("kind").asString()).isEqualTo("NEW_PARTNER");
    assertThat(timeline.get(0).get("source").asString()).isEqualTo("Invented probation");
    assertThat(timeline.get(0).get("recordedBy").asString())
        .isEqualTo(area.user(Role.PARTNER_SUPPORT_WORKER).username());
    assertThat(timeline.get(1).get("summary").asString()).isEqualTo(later);
    assertThat(timeline.get(1).get("raisedAlert").asBoolean()).isFalse();
    assertThat(picture(intake, reference).get("timeline")).hasSize(2);
  }

  @Test
  void anInvalidEventIsRefusedNamingEachField() {
    String reference = newCase();

    HttpResponse<String> empty =
        apiPost(perpetrator, "/api/v1/cases/" + reference + "/risk-events", "{}");
    assertProblem(empty, 400);
    assertThat(errorFields(empty)).containsExactly("kind", "occurredOn", "summary");

    HttpResponse<String> future =
        apiPost(
            perpetrator,
            "/api/v1/cases/" + reference + "/risk-events",
            event("POLICE_CALL_OUT", today().plusDays(1), "Invented", false));
    assertProblem(future, 400);
    assertThat(errorFields(future)).containsExactly("occurredOn");
    assertThat(picture(perpetrator, reference).get("timeline")).isEmpty();
  }

  @Test
  void intakeDoesNotRecordRisk() {
    String reference = newCase();
    assertProblem(
        apiPost(
            intake,
            "/api/v1/cases/" + reference + "/risk-events",
            event("OTHER", today(), "Invented", false)),
        403);
    assertProblem(
        apiPost(intake, "/api/v1/cases/" + reference + "/marac-referrals", "{\"reason\": \"x\"}"),
        403);
  }

  @Test
  void aCaseOutsideTheCallersAreasIsNotFound() {
    String reference = newCase();
    recordCallOut(perpetrator, reference, today());

    assertProblem(apiGet(otherAreasWorker, "/api/v1/cases/" + reference + "/risk"), 404);
    assertProblem(apiGet(otherAreasWorker, "/api/v1/cases/" + reference + "/timeline"), 404);
    assertProblem(
        apiPost(
            otherAreasWorker,
            "/api/v1/cases/" + reference + "/risk-events",
            event("OTHER", today(), "Invented", true)),
        404);
    assertProblem(
        apiPost(
            otherAreasWorker,
            "/api/v1/cases/" + reference + "/marac-referrals",
            "{\"reason\": \"x\"}"),
        404);
    assertProblem(
        apiPost(
            otherAreasWorker,
            "/api/v1/cases/" + reference + "/risk-reviews",
            "{\"heldOn\": \"%s\", \"decisions\": \"x\", \"riskLevel\": \"HIGH\", \"nextReviewOn\": \"%s\"}"
                .formatted(today(), today().plusDays(7))),
        404);
    assertThat(picture(perpetrator, reference).get("timeline")).hasSize(1);
    assertThat(maracReferrals(reference)).isEmpty();
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");

    PageSession eastwick = signedIn(otherArea.user(Role.PERPETRATOR_WORKER));
    assertThat(eastwick.get("/cases/" + reference + "/risk").statusCode()).isEqualTo(404);
    assertThat(eastwick.get("/cases/" + reference + "/risk/events/new").statusCode())
        .isEqualTo(404);
  }

  // --- helpers ---

  private String newCase() {
    HttpResponse<String> response = apiPost(intake, "/api/v1/referrals", referralJson(area.id()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("reference").asString();
  }

  private void recordCallOut(String token, String reference, LocalDate on) {
    HttpResponse<String> response =
        apiPost(
            token,
            "/api/v1/cases/" + reference + "/risk-events",
            event("POLICE_CALL_OUT", on, "Invented call-out to the home", false)
                .replace("}", ", \"source\": \"Invented constabulary\"}"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).get("id").asLong()).isPositive();
  }

  private static String event(String kind, LocalDate on, String summary, boolean alert) {
    return "{\"kind\": \"%s\", \"occurredOn\": \"%s\", \"summary\": \"%s\", \"raisesAlert\": %s}"
        .formatted(kind, on, summary, alert);
  }

  private JsonNode picture(String token, String reference) {
    HttpResponse<String> response = apiGet(token, "/api/v1/cases/" + reference + "/risk");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private JsonNode alertOn(String token, String reference) {
    HttpResponse<String> response = apiGet(token, "/api/v1/alerts");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode alert : json(response)) {
      if (alert.get("reference").asString().equals(reference)) {
        return alert;
      }
    }
    return null;
  }

  private void allocate(String reference, long perpetratorWorkerId, long partnerSupportWorkerId) {
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String path = "/cases/" + reference + "/allocation";
    HttpResponse<String> saved =
        manager.post(
            path,
            Map.of(
                "perpetratorWorkerId",
                String.valueOf(perpetratorWorkerId),
                "partnerSupportWorkerId",
                String.valueOf(partnerSupportWorkerId),
                "_csrf",
                manager.csrf(path)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    Map<String, Object> allocated =
        jdbc.sql(
                """
                SELECT allocated_perpetrator_worker_id, allocated_partner_support_worker_id
                FROM referral WHERE reference = :r
                """)
            .param("r", reference)
            .query()
            .singleRow();
    assertThat(((Number) allocated.get("allocated_perpetrator_worker_id")).longValue())
        .isEqualTo(perpetratorWorkerId);
    assertThat(((Number) allocated.get("allocated_partner_support_worker_id")).longValue())
        .isEqualTo(partnerSupportWorkerId);
  }

  private List<String> alertedUsers(String reference) {
    return jdbc.sql(
            """
            SELECT u.username FROM risk_alert a JOIN app_user u ON u.id = a.for_user_id
            JOIN referral r ON r.id = a.referral_id WHERE r.reference = :r
            """)
        .param("r", reference)
        .query(String.class)
        .list();
  }

  /** Active perpetrator and partner-support workers whose team covers the area. */
  private List<String> areaWorkers(String areaCode) {
    return jdbc.sql(
            """
            SELECT DISTINCT u.username FROM app_user u
            JOIN user_role ur ON ur.user_id = u.id
              AND ur.role IN ('PERPETRATOR_WORKER', 'PARTNER_SUPPORT_WORKER')
            JOIN team_area ta ON ta.team_id = u.team_id
            JOIN area a ON a.id = ta.area_id AND a.code = :code
            WHERE u.enabled
            """)
        .param("code", areaCode)
        .query(String.class)
        .list();
  }

  private List<Map<String, Object>> maracReferrals(String reference) {
    return jdbc.sql(
            """
            SELECT m.trigger, m.reason, m.is_repeat, m.referred_on FROM marac_referral m
            JOIN referral r ON r.id = m.referral_id WHERE r.reference = :r ORDER BY m.id
            """)
        .param("r", reference)
        .query()
        .listOfRows();
  }

  private String riskLevel(String reference) {
    return jdbc.sql("SELECT risk_level FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(String.class)
        .single();
  }

  private String riskLevelReason(String reference) {
    return jdbc.sql("SELECT risk_level_reason FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(String.class)
        .single();
  }

  private long areaId(String code) {
    return jdbc.sql("SELECT id FROM area WHERE code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  /** The table row of the page that mentions the reference. */
  private static String rowOf(String html, String reference) {
    int at = html.indexOf(">" + reference + "<");
    assertThat(at).as("a row for " + reference).isPositive();
    int start = html.lastIndexOf("<tr", at);
    int end = html.indexOf("</tr>", at);
    return html.substring(start, end);
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
