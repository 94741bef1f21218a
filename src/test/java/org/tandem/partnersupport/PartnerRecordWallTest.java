package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;
import static org.tandem.TestData.token;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.access.OpenColumns;
import org.tandem.access.WallMarkers;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.demo.DemoUsers;

/**
 * Her record behind the wall: what she said, her safety plan, her DASH, where she was met, where
 * she was referred, the letter. Partner support plants a marker in every text column of her record
 * through the API; then every perpetrator-facing role tries every route to it (each refused) and
 * every page, API and export it can reach for her case (none may hold a marker), and the database's
 * open columns and the application's output are searched too.
 *
 * <p>Coded columns (a status, a date, a yes or no, her DASH answers) cannot hold a marker; what
 * protects them is that every route that reads them refuses these roles, which this test proves
 * route by route, and that the case's own pages and API never carry them.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class PartnerRecordWallTest extends TandemTest {

  /** Text columns of her record: a marker is planted in each. */
  public static final Set<String> PLANTED =
      Set.of(
          "partner.her_view_of_safety",
          "partner.childrens_safety_view",
          "contact_attempt.venue",
          "contact_attempt.notes",
          "partner_dash.notes",
          "safety_plan_revision.plan",
          "partner_referral_on.detail",
          "support_session.notes",
          "partner_evaluation.notes");

  /** Coded columns of her record: protected by the refusal of every route that reads them. */
  public static final Set<String> CODED =
      Set.of(
          "partner.contact_status",
          "partner.contact_status_on",
          "partner.do_not_contact_by",
          "partner.letter_sent_on",
          "partner.consent_to_share",
          "partner.consent_to_attendance",
          "partner_contact_status_change.status",
          "partner_contact_status_change.changed_on",
          "contact_attempt.method",
          "contact_attempt.attempted_at",
          "contact_attempt.outcome",
          "contact_attempt.within_safe_times",
          "partner_dash.completed_on",
          "partner_dash.answers",
          "partner_dash.score",
          "partner_dash.strangulation",
          "safety_plan_revision.review_on",
          "safety_plan_review.review_on",
          "partner_referral_on.service",
          "partner_referral_on.referred_on",
          "support_session.kind",
          "support_session.held_on",
          "support_session.minutes",
          "partner_evaluation_schedule.reached_on",
          "partner_evaluation.point",
          "partner_evaluation.completed_on",
          "partner_evaluation.violence",
          "partner_evaluation.abusive_behaviour",
          "partner_evaluation.feeling_safe",
          "partner_evaluation.childrens_safety",
          "partner_evaluation.quality_of_life",
          "partner_evaluation.respectful_communication",
          "partner_evaluation.space_for_action",
          "partner_evaluation.safety_and_freedom",
          "partner_evaluation.shared_parenting",
          "partner_evaluation.awareness_of_self",
          "partner_evaluation.safer_childhoods",
          "partner_evaluation.recorded_by",
          "partner_evaluation.recorded_at");

  /** Every [wall] column this test covers. */
  public static final Set<String> WALL_COLUMNS =
      Stream.concat(PLANTED.stream(), CODED.stream()).collect(Collectors.toUnmodifiableSet());

  static Stream<String> perpetratorFacing() {
    return Stream.of("intake", "perpetrator.worker", "childrens.worker");
  }

  private static final String WORKER = token("partner.support");

  private final Map<String, String> needles = new LinkedHashMap<>();
  private String reference;
  private long partnerId;
  private String base;

  @BeforeAll
  void partnerSupportFillsInHerRecord() {
    long northmoor = jdbc.sql("SELECT id FROM area WHERE code = 'NMR'").query(Long.class).single();
    HttpResponse<String> created =
        apiPost(token("intake"), "/api/v1/referrals", TestData.referralJson(northmoor));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    reference = first(Pattern.compile("\"reference\":\"([^\"]+)\""), created.body());
    partnerId =
        Long.parseLong(
            first(
                Pattern.compile("\"id\":(\\d+),\"relationship\""),
                apiGet(WORKER, "/api/v1/cases/" + reference).body()));
    base = "/api/v1/cases/" + reference + "/partners/" + partnerId;
    PlantedRecord.plant(this, needles);

    for (String column : PLANTED) {
      String[] tc = column.split("\\.");
      String key = tc[0].equals("partner") ? "id" : "partner_id";
      List<String> stored =
          jdbc.sql("SELECT \"" + tc[1] + "\"::text FROM \"" + tc[0] + "\" WHERE " + key + " = :p")
              .param("p", partnerId)
              .query(String.class)
              .list();
      assertThat(stored)
          .as("a marker planted in " + column)
          .anySatisfy(v -> assertThat(v).contains(needles.get(column)));
    }
    assertThat(needles.keySet()).containsAll(PLANTED);
  }

  /** Plants her record through the API as partner support; kept apart to read as a story. */
  private static final class PlantedRecord {
    static void plant(PartnerRecordWallTest t, Map<String, String> needles) {
      t.put(
          "/wishes",
          """
          {"safeContactTimes": "Weekdays after 10am", "doNotContactBy": ["LETTER"],
           "consentToShare": true, "consentToAttendance": true,
           "herViewOfSafety": "%s", "childrensSafetyView": "%s", "version": 0}
          """
              .formatted(
                  t.needle("partner.her_view_of_safety"),
                  t.needle("partner.childrens_safety_view")));
      t.post(
          "/contact-attempts",
          """
          {"method": "OUTREACH_CHILDRENS_CENTRE", "attemptedOn": "%s", "attemptedAt": "10:30",
           "outcome": "MET_HER", "venue": "%s Children's Centre", "notes": "%s",
           "withinSafeTimes": true}
          """
              .formatted(
                  clock.today().minusDays(1),
                  t.needle("contact_attempt.venue"),
                  t.needle("contact_attempt.notes")));
      String answers =
          IntStream.rangeClosed(1, 24)
              .mapToObj(n -> "\"" + n + "\": \"" + (n % 3 == 0 ? "YES" : "NO") + "\"")
              .collect(Collectors.joining(", "));
      t.post(
          "/dash",
          """
          {"completedOn": "%s", "answers": {%s}, "notes": "%s"}
          """
              .formatted(clock.today(), answers, t.needle("partner_dash.notes")));
      t.post(
          "/safety-plan",
          """
          {"plan": "Go to %s if he comes to the house", "reviewOn": "%s", "basedOn": 0}
          """
              .formatted(t.needle("safety_plan_revision.plan"), clock.today().plusDays(14)));
      t.post(
          "/referrals-on",
          """
          {"service": "REFUGE", "referredOn": "%s", "detail": "%s refuge",
           "basis": "VITAL_INTERESTS"}
          """
              .formatted(clock.today(), t.needle("partner_referral_on.detail")));
      t.post(
          "/sessions",
          """
          {"kind": "TELEPHONE", "heldOn": "%s", "minutes": 40, "notes": "%s"}
          """
              .formatted(clock.today(), t.needle("support_session.notes")));
      // Reaching her yesterday scheduled her follow-ups: her 3-month evaluation, done early.
      t.post(
          "/evaluations",
          """
          {"point": "THREE_MONTHS", "completedOn": "%s", "violence": 4, "abusiveBehaviour": 4,
           "feelingSafe": 5, "childrensSafety": 4, "qualityOfLife": 4,
           "respectfulCommunication": 4, "spaceForAction": 5, "safetyAndFreedom": 4,
           "sharedParenting": 0, "awarenessOfSelf": 3, "saferChildhoods": 4, "notes": "%s"}
          """
              .formatted(clock.today(), t.needle("partner_evaluation.notes")));
      needles.putAll(t.needles);
    }
  }

  private String needle(String column) {
    String m = marker(column.replaceAll("[^a-z]", "").substring(0, 6));
    needles.put(column, m);
    return m;
  }

  private void post(String path, String json) {
    HttpResponse<String> r = apiPost(WORKER, base + path, json);
    assertThat(r.statusCode()).as(path + " " + r.body()).isIn(201, 204);
  }

  private void put(String path, String json) {
    HttpResponse<String> r = apiPut(WORKER, base + path, json);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(204);
  }

  // ---------------------------------------------------------------------------------------------

  @Order(1)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void everyRouteToHerRecordRefusesThem(String username) {
    String token = token(username);
    for (String path :
        List.of(base, base + "/evaluations", "/api/v1/partner-support/letter-template")) {
      HttpResponse<String> r = apiGet(token, path);
      assertThat(r.statusCode()).as(username + " GET " + path).isEqualTo(403);
      assertNoMarker(username + " GET " + path, r.body());
    }
    for (String path :
        List.of(
            "/contact-attempts",
            "/status",
            "/letter-sent",
            "/dash",
            "/safety-plan",
            "/referrals-on",
            "/sessions",
            "/risk-items",
            "/evaluations")) {
      HttpResponse<String> r = apiPost(token, base + path, "{\"version\": 0, \"basedOn\": 0}");
      assertThat(r.statusCode()).as(username + " POST " + path).isEqualTo(403);
    }
    assertThat(
            apiPut(token, base + "/wishes", "{\"version\": 0, \"consentToAttendance\": false}")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<byte[]> letter = apiGetBytes(token, base + "/letter");
    assertThat(letter.statusCode()).as(username + " her letter").isEqualTo(403);
    assertNoMarker(username + " her letter", new String(letter.body(), StandardCharsets.UTF_8));

    PageSession session = PageSession.signedIn(baseUrl(), username, DemoUsers.PASSWORD);
    String page = "/cases/" + reference + "/partners/" + partnerId;
    for (String path :
        List.of(
            page,
            page + "/letter.pdf",
            page + "/attempts/new",
            page + "/status",
            page + "/wishes",
            page + "/dash",
            page + "/safety-plan",
            page + "/referrals-on/new",
            page + "/sessions/new",
            page + "/share",
            page + "/evaluations/new",
            page + "/evaluations/new?point=SIX_MONTHS",
            "/partner-support/letter",
            "/partner-support/tasks")) {
      HttpResponse<String> r = session.get(path);
      assertThat(r.statusCode()).as(username + " GET " + path).isEqualTo(403);
      assertNoMarker(username + " GET " + path, r.body());
    }
    // Her follow-up evaluation's form, posted with a valid token from a page they may see.
    HttpResponse<String> posted =
        session.post(
            page + "/evaluations",
            Map.of(
                "_csrf", session.csrf("/cases"),
                "point", "SIX_MONTHS",
                "completedOn.day", String.valueOf(clock.today().getDayOfMonth()),
                "completedOn.month", String.valueOf(clock.today().getMonthValue()),
                "completedOn.year", String.valueOf(clock.today().getYear()),
                "violence", "1",
                "notes", "refused"));
    assertThat(posted.statusCode()).as(username + " POST her evaluation page").isEqualTo(403);
    assertNoMarker(username + " POST her evaluation page", posted.body());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM partner_evaluation WHERE partner_id = :p AND point <> 'THREE_MONTHS'")
                .param("p", partnerId)
                .query(Long.class)
                .single())
        .as("nothing they sent was saved")
        .isZero();
  }

  @Order(2)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void nothingTheyCanReachHoldsHerRecord(String username) {
    String token = token(username);
    PageSession session = PageSession.signedIn(baseUrl(), username, DemoUsers.PASSWORD);
    for (String path :
        List.of(
            "/cases/" + reference,
            "/cases/" + reference + "/risk",
            "/cases/" + reference + "/assessment",
            "/cases/" + reference + "/reports",
            "/cases/" + reference + "/programme",
            "/cases",
            "/waiting-list")) {
      HttpResponse<String> r = session.get(path);
      assertThat(r.statusCode()).as(username + " GET " + path).isEqualTo(200);
      assertNoMarker(username + " GET " + path, r.body());
      assertThat(r.body())
          .as("no sign of where contact with her stands on " + path)
          .doesNotContain("contact-status")
          .doesNotContain("Not yet contacted")
          .doesNotContain("Open her record");
    }
    for (String path :
        List.of(
            "/api/v1/cases/" + reference,
            "/api/v1/cases/" + reference + "/risk",
            "/api/v1/cases/" + reference + "/timeline",
            "/api/v1/cases/" + reference + "/reports",
            "/api/v1/cases?size=100")) {
      HttpResponse<String> r = apiGet(token, path);
      assertThat(r.statusCode()).as(username + " GET " + path).isEqualTo(200);
      assertNoMarker(username + " GET " + path, r.body());
      assertThat(r.body()).doesNotContain("contactStatus").doesNotContain("NOT_YET_CONTACTED");
    }
    for (String needle : needles.values()) {
      String q = URLEncoder.encode(needle, StandardCharsets.UTF_8);
      HttpResponse<String> found = apiGet(token, "/api/v1/cases?q=" + q);
      assertThat(found.body()).as("searching by a marker finds nothing").contains("\"total\":0");
    }
  }

  @Order(3)
  @Test
  void theRiskReportHoldsNothingOfHers() {
    // A report is an export that can reach him: produced by the manager, who sees her record.
    HttpResponse<String> report =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + reference + "/reports",
            """
            {"contact": "Invented contact advice", "supervision": "Invented supervision advice",
             "programme": "Invented programme advice", "minutesSpent": 30}
            """);
    if (report.statusCode() == 201) {
      String id = first(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), report.body());
      HttpResponse<byte[]> pdf =
          apiGetBytes(
              token("perpetrator.worker"),
              "/api/v1/cases/" + reference + "/reports/" + id + "/pdf");
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertNoMarker("risk report PDF", RiskReportFixture.pdfText(pdf.body()));
    } else {
      // No report before his assessment: the refusal itself must hold nothing of hers.
      assertThat(report.statusCode()).isEqualTo(400);
      assertNoMarker("refused report", report.body());
    }
  }

  @Order(4)
  @Test
  void behindTheWallEveryMarkerIsThere() {
    String record = apiGet(WORKER, base).body() + apiGet(WORKER, base + "/evaluations").body();
    for (Map.Entry<String, String> n : needles.entrySet()) {
      assertThat(record).as(n.getKey() + " on her record").contains(n.getValue());
    }
    PageSession session = PageSession.signedIn(baseUrl(), "partner.support", DemoUsers.PASSWORD);
    HttpResponse<String> page = session.get("/cases/" + reference + "/partners/" + partnerId);
    for (Map.Entry<String, String> n : needles.entrySet()) {
      assertThat(page.body()).as(n.getKey() + " on her record page").contains(n.getValue());
    }
  }

  @Order(5)
  @Test
  void noOpenColumnHoldsAMarker() {
    assertThat(OpenColumns.holding(jdbc, needles.values()))
        .as("[open] columns holding a marker")
        .isEmpty();
  }

  @AfterAll
  void nothingWasLogged(CapturedOutput output) {
    assertNoMarker("the application's output", output.getAll());
  }

  private void assertNoMarker(String where, String text) {
    WallMarkers.assertNone(needles, where, text);
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("finds " + pattern).isTrue();
    return m.group(1);
  }
}
