package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;
import static org.tandem.TestData.token;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.demo.DemoUsers;
import org.tandem.referral.AReferral;

/**
 * The confidentiality wall: a partner's name, phone, email, address and safe contact times never
 * reach a perpetrator-facing role (intake, perpetrator worker, children's worker) through any page,
 * API response, search, error, log line or audit row.
 *
 * <p>Intake logs a referral through the API naming a partner whose every [wall] field holds a
 * unique marker. Then each perpetrator-facing role fetches everything it can reach, and no marker
 * may appear in any body or header. The application's output for the whole class is captured, and
 * the database is searched: no [open] column (the audit trail among them) may hold a marker.
 * Positive controls prove the markers are findable where they belong, behind the wall.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfidentialityWallTest extends TandemTest {

  /**
   * Every column behind the wall, as {@code table.column}. This test plants a marker in each and
   * checks in the database that it landed there; {@link SchemaCatalogueTest} checks that this is
   * exactly the set of columns the schema marks [wall], so a new [wall] column fails the build
   * until this test plants a marker in it too.
   */
  static final Set<String> WALL_COLUMNS =
      Set.of(
          "partner.given_name",
          "partner.family_name",
          "partner.phone",
          "partner.email",
          "partner.address",
          "partner.safe_contact_times",
          "partner.phone_hash",
          "partner.email_hash",
          "partner.name_hash",
          "risk_level_source.reason",
          "marac_referral.source_reason");

  /**
   * The [wall] columns that say where a risk came from: her DASH with partner support raised the
   * case to high risk. They hold the rule's own words rather than a marker, and those words are
   * looked for everywhere his side can reach (the demo data has such a case too, walked below with
   * every case in their lists).
   */
  private static final Set<String> RISK_SOURCE_COLUMNS =
      Set.of("risk_level_source.reason", "marac_referral.source_reason");

  private static final String RISK_SOURCE = "Visible high risk identified by partner support";

  /** The perpetrator-facing demo users, one per role on the far side of the wall. */
  static Stream<String> perpetratorFacing() {
    return Stream.of("intake", "perpetrator.worker", "childrens.worker");
  }

  /** The demo users who may see behind the wall. */
  static Stream<String> behindTheWall() {
    return Stream.of("partner.support", "manager");
  }

  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");
  private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/([A-Z]{2,8}-\\d+)\"");
  private static final Pattern PAGE_OF = Pattern.compile("Page \\d+ of (\\d+)");
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

  /** The value planted in each [wall] column. */
  private final Map<String, String> planted = new LinkedHashMap<>();

  /**
   * What to look for, by what it is: the marker part of each planted value, and of each value sent
   * in a request that must be refused. Compared without regard to case.
   */
  private final Map<String, String> needles = new LinkedHashMap<>();

  private long northmoor;
  private String reference;
  private long reportId;

  @Autowired private Assessments assessments;
  @Autowired private UserDetailsService users;
  @Autowired private org.tandem.encryption.FieldEncryption encryption;

  @BeforeAll
  void plantMarkersBehindTheWall() {
    northmoor = jdbc.sql("SELECT id FROM area WHERE code = 'NMR'").query(Long.class).single();

    // Digits only, so that the phone is valid; +000 is no country's code, so it is invented.
    String phoneDigits =
        String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    plant("partner.given_name", marker("given"), "");
    plant("partner.family_name", marker("family"), "");
    plant("partner.phone", phoneDigits, "+000 ");
    plant("partner.email", marker("email").toLowerCase(Locale.ROOT), "", "@example.org");
    plant("partner.address", marker("address"), "", " Imaginary Lane, Fictionton");
    plant("partner.safe_contact_times", marker("times"), "", " on weekday mornings");

    HttpResponse<String> created =
        apiPost(
            token("intake"),
            "/api/v1/referrals",
            TestData.referralJson(
                northmoor,
                planted.get("partner.given_name"),
                planted.get("partner.family_name"),
                planted.get("partner.phone"),
                planted.get("partner.email"),
                planted.get("partner.address"),
                planted.get("partner.safe_contact_times")));
    assertThat(created.statusCode())
        .as("intake logs the referral: %s", created.body())
        .isEqualTo(201);
    reference = first(REFERENCE, created.body());

    // Her DASH with partner support shows visible high risk, before his own assessment does: the
    // case is high risk because of what she said, and that is behind the wall.
    String herWorker = token("partner.support");
    String partnerId =
        first(
            Pattern.compile("\"id\":(\\d+),\"relationship\""),
            apiGet(herWorker, "/api/v1/cases/" + reference).body());
    String answers =
        java.util.stream.IntStream.rangeClosed(1, 24)
            .mapToObj(n -> "\"" + n + "\": \"" + (n <= 15 ? "YES" : "NO") + "\"")
            .collect(Collectors.joining(", "));
    HttpResponse<String> dash =
        apiPost(
            herWorker,
            "/api/v1/cases/" + reference + "/partners/" + partnerId + "/dash",
            "{\"completedOn\": \"%s\", \"answers\": {%s}}".formatted(clock.today(), answers));
    assertThat(dash.statusCode()).as(dash.body()).isEqualTo(201);
    for (String column : RISK_SOURCE_COLUMNS) {
      planted.put(column, RISK_SOURCE);
      needles.put(column, "identified by partner support");
    }

    // Every [wall] column holds its marker: a column added to WALL_COLUMNS without a marker fails.
    long referralId =
        jdbc.sql("SELECT id FROM referral WHERE reference = :r")
            .param("r", reference)
            .query(Long.class)
            .single();
    for (String column : RISK_SOURCE_COLUMNS) {
      String[] tableAndColumn = column.split("\\.");
      String stored =
          jdbc.sql(
                  "SELECT \""
                      + tableAndColumn[1]
                      + "\" FROM \""
                      + tableAndColumn[0]
                      + "\" WHERE referral_id = :id")
              .param("id", referralId)
              .query(String.class)
              .single();
      assertThat(stored).as("where the risk came from, in " + column).isEqualTo(RISK_SOURCE);
    }
    // The demo data has such a case of its own, which the walks below read with every case listed.
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM risk_level_source s JOIN referral r ON r.id = s.referral_id
                    WHERE r.area_id = :area AND r.id <> :planted
                    """)
                .param("area", northmoor)
                .param("planted", referralId)
                .query(Long.class)
                .single())
        .as("a demo case in Northmoor raised to high risk by her DASH")
        .isPositive();
    for (String column : WALL_COLUMNS) {
      if (RISK_SOURCE_COLUMNS.contains(column)) {
        continue;
      }
      if (column.endsWith("_hash")) {
        // The hashes she is found by are computed, not planted: the value stored is the marker.
        String hash =
            jdbc.sql(
                    "SELECT "
                        + column.substring("partner.".length())
                        + " FROM partner"
                        + " WHERE referral_id = :id")
                .param("id", referralId)
                .query(String.class)
                .single();
        assertThat(hash).as("a hash in " + column).hasSizeGreaterThan(40);
        plant(column, hash, "");
        continue;
      }
      String[] tableAndColumn = column.split("\\.");
      assertThat(tableAndColumn[0])
          .as("this test plants markers only in partner; extend it for " + column)
          .isEqualTo("partner");
      String stored =
          jdbc.sql("SELECT \"" + tableAndColumn[1] + "\" FROM partner WHERE referral_id = :id")
              .param("id", referralId)
              .query(String.class)
              .single();
      assertThat(stored).as("sealed in " + column).startsWith("enc:v1:");
      assertThat(encryption.open(stored))
          .as("marker planted in " + column)
          .isEqualTo(planted.get(column));
    }
    assertThat(planted.keySet()).containsExactlyInAnyOrderElementsOf(WALL_COLUMNS);

    // The rest of the case's life, so its pages have something to show: his assessment, a risk
    // event, and a report produced by the manager, who can see her details and must not pass
    // them on.
    RiskReportFixture.recordAssessment(assessments, users, reference);
    HttpResponse<String> event =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + reference + "/risk-events",
            """
            {"kind": "POLICE_CALL_OUT", "occurredOn": "%s", "summary": "Invented call-out",
             "source": "Police", "raisesAlert": true}
            """
                .formatted(clock.today().minusDays(2)));
    assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
    HttpResponse<String> report =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + reference + "/reports",
            """
            {"contact": "Invented contact advice", "supervision": "Invented supervision advice",
             "programme": "Invented programme advice", "minutesSpent": 60}
            """);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    reportId = Long.parseLong(first(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), report.body()));
  }

  private void plant(String column, String needle, String before) {
    plant(column, needle, before, "");
  }

  private void plant(String column, String needle, String before, String after) {
    planted.put(column, before + needle + after);
    needles.put(column, needle);
  }

  /** A fresh marker for a value sent in a request that must be refused; checked everywhere. */
  private String refusedMarker(String what) {
    String m = marker(what);
    needles.put("refused " + what, m);
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // Pages

  @Order(1)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void noPageShowsWhatIsBehindTheWall(String username) {
    PageSession session = signIn(username);
    boolean intake = username.equals("intake");

    HttpResponse<String> home = session.get("/");
    checked("/", home, 302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/my-work"));
    checked("/my-work", session.get("/my-work"), 200);

    HttpResponse<String> caseList = checked("/cases", session.get("/cases"), 200);
    assertThat(caseList.body()).contains("Cases");

    for (Map.Entry<String, String> searched : wallNeedles().entrySet()) {
      String path = "/cases?q=" + URLEncoder.encode(searched.getValue(), StandardCharsets.UTF_8);
      HttpResponse<String> found = session.get(path);
      assertThat(found.statusCode()).as(username + " " + path).isEqualTo(200);
      assertThat(found.body())
          .as("searching by the partner's " + searched.getKey() + " finds nothing")
          .contains("No cases found.");
      // The search box shows back what was typed in it; that one echo is all that may appear.
      String echo = " type=\"search\" value=\"" + searched.getValue() + "\"";
      assertThat(found.body()).as("the search box shows the search").contains(echo);
      // So does the language switcher's link to this same search in Welsh.
      String switcher = " href=\"" + path + "&amp;lang=cy\"";
      assertThat(found.body()).as("the switcher keeps the search").contains(switcher);
      assertNoMarker(
          username + " GET " + path,
          found
              .body()
              .replaceFirst(Pattern.quote(echo), "")
              .replaceFirst(Pattern.quote(switcher), ""));
      assertNoMarkerInHeaders(username + " GET " + path, found);
    }

    HttpResponse<String> theCase =
        checked("/cases/" + reference, session.get("/cases/" + reference), 200);
    assertThat(theCase.body())
        .contains(reference)
        .contains("1 recorded.")
        .contains("not shown to your role");

    checked(
        "/cases/" + reference + "/triage",
        session.get("/cases/" + reference + "/triage"),
        intake ? 200 : 403);
    checked("/referrals/new", session.get("/referrals/new"), intake ? 200 : 403);
    checked("/account", session.get("/account"), 200);
    checked("/partner-support/tasks", session.get("/partner-support/tasks"), 403);
    checked(
        "/partner-support/tasks?womenPage=2",
        session.get("/partner-support/tasks?page=2&womenPage=2"),
        403);
    checked("/cases/" + reference + "/audit", session.get("/cases/" + reference + "/audit"), 403);
    checked("/cases/NMR-9999", session.get("/cases/NMR-9999"), 404);

    // Assessment, risk and reports: everything about the family a case role can open.
    boolean recordsRisk = !intake;
    for (String path :
        List.of(
            "/cases/" + reference + "/assessment",
            "/cases/" + reference + "/risk",
            "/cases/" + reference + "/reports",
            "/cases/" + reference + "/reports/" + reportId)) {
      checked(path, session.get(path), 200);
    }
    long group =
        jdbc.sql("SELECT id FROM programme_group WHERE name = 'Northmoor evening group'")
            .query(Long.class)
            .single();
    for (String path :
        List.of(
            "/groups", "/groups/" + group, "/cases/" + reference + "/programme", "/curricula")) {
      checked(path, session.get(path), 200);
    }
    boolean facilitates = username.equals("perpetrator.worker");
    checked("/facilitator", session.get("/facilitator"), facilitates ? 200 : 403);
    checked("/programme/reviews", session.get("/programme/reviews"), facilitates ? 200 : 403);
    checked(
        "/groups/" + group + "/sessions/new",
        session.get("/groups/" + group + "/sessions/new"),
        facilitates ? 200 : 403);
    checked("/alerts", session.get("/alerts"), recordsRisk ? 200 : 403);
    checked("/marac", session.get("/marac"), recordsRisk ? 200 : 403);
    checked(
        "/cases/" + reference + "/allocation",
        session.get("/cases/" + reference + "/allocation"),
        403);
    HttpResponse<byte[]> pdf =
        session.getBytes("/cases/" + reference + "/reports/" + reportId + ".pdf");
    assertThat(pdf.statusCode()).as(username + " report PDF").isEqualTo(200);
    assertNoMarker(username + " report PDF", RiskReportFixture.pdfText(pdf.body()));

    // Every page of the caseload and the waiting list, and every case they link to.
    Set<String> linked = new LinkedHashSet<>();
    for (String list : List.of("/cases", "/waiting-list")) {
      int pages = 1;
      for (int page = 1; page <= pages; page++) {
        HttpResponse<String> listed = checked(list, session.get(list + "?page=" + page), 200);
        pages =
            Math.max(
                pages,
                all(PAGE_OF, listed.body()).stream().mapToInt(Integer::parseInt).max().orElse(1));
        linked.addAll(all(CASE_LINK, listed.body()));
      }
    }
    assertThat(linked).as("the planted case is in " + username + "'s lists").contains(reference);
    for (String other : linked) {
      checked("/cases/" + other, session.get("/cases/" + other), 200);
    }
  }

  @Order(2)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void pageErrorsShowNothingFromBehindTheWall(String username) {
    PageSession session = signIn(username);
    boolean intake = username.equals("intake");
    String csrf = session.csrf("/account");
    // A triage form tampered with: a choice and a number that cannot be read. The error messages
    // must not quote the choice. (A box's own value is shown back as typed, GOV.UK-style, so the
    // unreadable number carries no marker: that echo is the user's own typing, not a leak.)
    HttpResponse<String> triage =
        session.post(
            "/cases/" + reference + "/triage",
            Map.of(
                "_csrf", csrf, "outcome", refusedMarker("pageoutcome"), "version", "not-a-number"));
    checked("POST triage page", triage, intake ? 200 : 403);
    if (intake) {
      assertThat(triage.body())
          .contains("There is a problem")
          .contains("Enter or choose this again")
          .doesNotContain("Failed to convert");
    }
    HttpResponse<String> badPage = session.get("/cases?page=" + refusedMarker("pagenumber"));
    checked(username + " GET /cases?page=<marker>", badPage, 400);
  }

  // ---------------------------------------------------------------------------------------------
  // API

  @Order(3)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void noApiResponseHoldsWhatIsBehindTheWall(String username) {
    String token = token(username);

    HttpResponse<String> list = apiChecked(token, "/api/v1/cases", 200);
    assertThat(list.body()).contains("\"items\"");
    apiChecked(token, "/api/v1/me/work", 200);

    for (Map.Entry<String, String> searched : wallNeedles().entrySet()) {
      String path =
          "/api/v1/cases?q=" + URLEncoder.encode(searched.getValue(), StandardCharsets.UTF_8);
      HttpResponse<String> found = apiChecked(token, path, 200);
      assertThat(first(TOTAL, found.body()))
          .as("searching by the partner's " + searched.getKey() + " finds nothing")
          .isEqualTo("0");
    }

    for (String path :
        List.of(
            "/api/v1/cases/" + reference + "/assessment",
            "/api/v1/cases/" + reference + "/risk",
            "/api/v1/cases/" + reference + "/timeline",
            "/api/v1/cases/" + reference + "/reports",
            "/api/v1/cases/" + reference + "/reports/" + reportId,
            "/api/v1/waiting-list?size=100")) {
      apiChecked(token, path, 200);
    }
    apiChecked(token, "/api/v1/alerts", username.equals("intake") ? 403 : 200);
    apiChecked(token, "/api/v1/groups", 200);
    apiChecked(
        token, "/api/v1/programme/reviews", username.equals("perpetrator.worker") ? 200 : 403);
    apiChecked(token, "/api/v1/cases/" + reference + "/programme", 200);

    HttpResponse<String> theCase = apiChecked(token, "/api/v1/cases/" + reference, 200);
    assertThat(theCase.body())
        .contains("\"reference\":\"" + reference + "\"")
        .contains("\"partnersRecorded\":1")
        .doesNotContain("\"partners\"");

    // Every page of the caseload at the largest size, and every case on it.
    Set<String> references = new LinkedHashSet<>();
    long total = Long.MAX_VALUE;
    for (int page = 0; (long) page * 100 < total; page++) {
      HttpResponse<String> listed = apiChecked(token, "/api/v1/cases?size=100&page=" + page, 200);
      total = Long.parseLong(first(TOTAL, listed.body()));
      references.addAll(all(REFERENCE, listed.body()));
    }
    assertThat(references)
        .as("the planted case is in " + username + "'s caseload")
        .contains(reference);
    assertThat((long) references.size()).isEqualTo(total);
    for (String other : references) {
      assertThat(apiChecked(token, "/api/v1/cases/" + other, 200).body())
          .doesNotContain("\"partners\"");
    }

    apiChecked(token, "/api/v1/cases/NMR-9999", 404);
  }

  @Order(4)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void apiErrorsHoldNothingFromBehindTheWall(String username) {
    String token = token(username);
    int refusedOrInvalid = username.equals("intake") ? 400 : 403;

    // Partner details breaking the rules: nothing is saved and nothing is repeated.
    HttpResponse<String> invalid =
        apiPostChecked(
            token,
            "/api/v1/referrals",
            TestData.referralJson(
                northmoor,
                refusedMarker("errgiven"),
                refusedMarker("errfamily"),
                refusedMarker("errphone"),
                refusedMarker("erremail"),
                refusedMarker("erraddress"),
                refusedMarker("errtimes")),
            refusedOrInvalid);
    if (refusedOrInvalid == 400) {
      assertThat(invalid.body()).contains("partners[0].phone").contains("partners[0].email");
    }

    // A value the database cannot store (a NUL character): nothing is saved, nothing repeated.
    HttpResponse<String> unstorable =
        apiPost(
            token,
            "/api/v1/referrals",
            TestData.referralJson(
                northmoor,
                refusedMarker("nulgiven") + "\u0000",
                refusedMarker("nulfamily"),
                "07700 900003",
                "jo@example.org",
                refusedMarker("nuladdress"),
                refusedMarker("nultimes")));
    assertNoMarker("POST referral with a NUL", unstorable);
    // The role check comes first for the other roles; for intake the rules refuse the NUL.
    assertThat(unstorable.statusCode()).as("POST referral with a NUL").isEqualTo(refusedOrInvalid);
    if (refusedOrInvalid == 400) {
      assertThat(unstorable.body()).contains("partners[0].givenName");
    }

    // Values the JSON reader cannot take: its own message would quote them. The body is read
    // before the role is checked, so every role gets 400.
    String relationship = refusedMarker("errrelationship");
    apiPostChecked(
        token, "/api/v1/referrals", AReferral.in(northmoor).relationship(relationship).json(), 400);
    String date = refusedMarker("errdate");
    apiPostChecked(
        token,
        "/api/v1/referrals",
        AReferral.in(northmoor)
            .withPartner(
                refusedMarker("dategiven"),
                refusedMarker("datefamily"),
                "07700 900003",
                "jo@example.org",
                refusedMarker("dateaddress"),
                refusedMarker("datetimes"))
            .with("referredOn", date)
            .json(),
        400);
    apiPostChecked(
        token,
        "/api/v1/referrals",
        "{\"partners\": [{\"givenName\": \"" + refusedMarker("errjson") + "\"",
        400);

    // Triage with bad bodies.
    String triage = "/api/v1/cases/" + reference + "/triage";
    apiPostChecked(
        token,
        triage,
        "{\"outcome\": \"" + refusedMarker("erroutcome") + "\", \"version\": 0}",
        400);
    apiPostChecked(
        token,
        triage,
        "{\"outcome\": \"APPROPRIATE_FOR_ASSESSMENT\", \"version\": \""
            + refusedMarker("errversion")
            + "\"}",
        400);
    apiPostChecked(
        token,
        triage,
        "{\"outcome\": \"INAPPROPRIATE_REFERRED_ON\", \"referredOnTo\": \""
            + refusedMarker("errreferredon")
            + "x".repeat(200)
            + "\", \"notes\": \""
            + refusedMarker("errnotes")
            + "\", \"version\": 0}",
        refusedOrInvalid);

    // Parameters of the wrong type, and cases that are not there.
    apiChecked(token, "/api/v1/cases?page=" + refusedMarker("errpage"), 400);
    apiChecked(token, "/api/v1/cases/NMR-9999", 404);
  }

  // ---------------------------------------------------------------------------------------------
  // Positive controls: the markers are there to be found, behind the wall.

  @Order(5)
  @ParameterizedTest
  @MethodSource("behindTheWall")
  void behindTheWallTheMarkersAreThere(String username) {
    PageSession session = signIn(username);
    HttpResponse<String> page = session.get("/cases/" + reference);
    assertThat(page.statusCode()).isEqualTo(200);
    HttpResponse<String> api = apiGet(token(username), "/api/v1/cases/" + reference);
    assertThat(api.statusCode()).isEqualTo(200);
    for (Map.Entry<String, String> wall : wallNeedles().entrySet()) {
      if (wall.getKey().endsWith("_hash")) {
        // Her lookup hashes are shown nowhere: they are there to find her by, exactly.
        continue;
      }
      assertThat(contains(page.body(), wall.getValue()))
          .as(username + " sees the partner's " + wall.getKey() + " on the case page")
          .isTrue();
      assertThat(contains(api.body(), wall.getValue()))
          .as(username + " gets the partner's " + wall.getKey() + " from the API")
          .isTrue();
    }
    HttpResponse<String> tasks = session.get("/partner-support/tasks");
    assertThat(tasks.statusCode()).isEqualTo(200);
    for (String detail : List.of("phone", "email")) {
      HttpResponse<String> found =
          apiGet(
              token(username),
              "/api/v1/partners?"
                  + detail
                  + "="
                  + java.net.URLEncoder.encode(
                      planted.get("partner." + detail), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(found.body())
          .as(username + " finds her by the hash of her " + detail)
          .contains("\"reference\":\"" + reference + "\"");
    }
  }

  @Order(6)
  @Test
  void theLogCaptureSeesTheApplicationsLogging(CapturedOutput output) {
    // The application logs through Logback's console appender; a line logged the same way from
    // here must be captured, or the log assertions below would prove nothing.
    String canary = "wall-test-canary-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    LoggerFactory.getLogger(ConfidentialityWallTest.class).info(canary);
    assertThat(output.getAll()).contains(canary);
  }

  // ---------------------------------------------------------------------------------------------
  // The database: the audit trail and every other [open] column

  @Order(7)
  @Test
  void theAuditTrailHoldsNoMarker() {
    List<String> rows = jdbc.sql("SELECT a::text FROM audit_event a").query(String.class).list();
    assertThat(rows).as("the audit trail has rows").isNotEmpty();
    List<String> forTheCase =
        jdbc.sql("SELECT a::text FROM audit_event a WHERE case_reference = :r")
            .param("r", reference)
            .query(String.class)
            .list();
    Set<String> readers =
        jdbc.sql("SELECT DISTINCT username FROM audit_event WHERE case_reference = :r")
            .param("r", reference)
            .query(String.class)
            .set();
    assertThat(readers)
        .as("every role that read the case is in its trail")
        .containsAll(
            Stream.concat(perpetratorFacing(), behindTheWall()).collect(Collectors.toSet()));
    assertThat(forTheCase).isNotEmpty();
    for (String row : rows) {
      assertNoMarker("audit_event row", row);
    }
  }

  @Order(8)
  @Test
  void noOpenColumnHoldsAMarker() {
    // The published views too: what reports read must hold nothing from behind the wall.
    assertThat(OpenColumns.all(jdbc))
        .contains(
            new OpenColumns.Column("audit_event", "what"),
            new OpenColumns.Column("referral", "reason"),
            new OpenColumns.Column("report_case_journey", "reference"),
            new OpenColumns.Column("report_partner_support", "partners_recorded"));
    assertThat(OpenColumns.holding(jdbc, needles.values()))
        .as("[open] columns holding a marker")
        .isEmpty();
    // The markers are findable in the database, once her sealed name is opened: the search above
    // can succeed.
    long inPartner =
        jdbc.sql("SELECT given_name FROM partner").query(String.class).list().stream()
            .map(encryption::open)
            .filter(
                name ->
                    needles.values().stream()
                        .anyMatch(
                            n ->
                                name.toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))))
            .count();
    assertThat(inPartner).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------
  // The application's own output, for every test and for the class as a whole

  private int outputBeforeThisTest;

  @BeforeEach
  void noteTheOutputSoFar(CapturedOutput output) {
    outputBeforeThisTest = output.getAll().length();
  }

  /** What this test made the application write; the whole class's output is checked after all. */
  @AfterEach
  void nothingWasLoggedFromBehindTheWall(CapturedOutput output) {
    assertNoMarker("the application's output", output.getAll().substring(outputBeforeThisTest));
  }

  @AfterAll
  void nothingWasLoggedFromBehindTheWallAtAll(CapturedOutput output) {
    assertNoMarker("the application's output during the whole test", output.getAll());
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private Map<String, String> wallNeedles() {
    Map<String, String> wall = new LinkedHashMap<>();
    WALL_COLUMNS.stream().sorted().forEach(c -> wall.put(c, needles.get(c)));
    return wall;
  }

  private HttpResponse<String> checked(String what, HttpResponse<String> response, int status) {
    assertNoMarker(what, response);
    assertThat(response.statusCode()).as(what).isEqualTo(status);
    return response;
  }

  private HttpResponse<String> apiChecked(String token, String path, int status) {
    return checked("GET " + path, apiGet(token, path), status);
  }

  private HttpResponse<String> apiPostChecked(String token, String path, String json, int status) {
    return checked("POST " + path, apiPost(token, path, json), status);
  }

  private void assertNoMarker(String where, HttpResponse<String> response) {
    assertNoMarker(where + " (body)", response.body());
    assertNoMarkerInHeaders(where, response);
  }

  private void assertNoMarkerInHeaders(String where, HttpResponse<String> response) {
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                values.forEach(v -> assertNoMarker(where + " (header " + name + ")", v)));
  }

  private void assertNoMarker(String where, String text) {
    WallMarkers.assertNone(needles, where, text);
  }

  private static boolean contains(String text, String needle) {
    return text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("finds " + pattern + " in the response").isTrue();
    return m.group(1);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Signs in through the real sign-in form, as a browser does. */
  private PageSession signIn(String username) {
    return PageSession.signedIn(baseUrl(), username, DemoUsers.PASSWORD);
  }
}
