package org.tandem.womensgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;
import static org.tandem.TestData.token;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.access.OpenColumns;
import org.tandem.access.WallMarkers;
import org.tandem.demo.DemoUsers;

/**
 * The women's group is behind the confidentiality wall: which women attend, and where and when the
 * group meets, never reach a perpetrator-facing role (intake, perpetrator worker, children's
 * worker) through any page, API response, error, log line or [open] column.
 *
 * <p>Partner support sets up a group and records a session through the API with a unique marker in
 * every text [wall] column. Each perpetrator-facing role is then refused (403) every women's-group
 * page and API route, and reads every case page and API it can reach for the woman's case: no
 * marker may appear in any body or header. Positive controls prove the markers are findable behind
 * the wall.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class WomensGroupWallTest extends TandemTest {

  /**
   * Every [wall] column V8 adds, as {@code table.column}; {@code SchemaCatalogueTest} checks the
   * schema marks exactly these (with the other wall tests' columns) [wall].
   *
   * <p>The text columns each receive a planted marker below. The coded ones (dates and a yes or no:
   * womens_group.starts_on, womens_group_session.held_on, womens_group_member.joined_on and
   * left_on, womens_group_attendance.attended) cannot hold a marker: what protects them is that
   * every route that reads them, page or API, answers the perpetrator-facing roles 403, which this
   * test proves route by route.
   */
  public static final Set<String> WALL_COLUMNS =
      Set.of(
          "womens_group.name",
          "womens_group.venue",
          "womens_group.meets",
          "womens_group.starts_on",
          "womens_group_session.held_on",
          "womens_group_session.topic",
          "womens_group_session.notes",
          "womens_group_member.joined_on",
          "womens_group_member.left_on",
          "womens_group_attendance.attended",
          "womens_group_attendance.absence_reason");

  /** The text [wall] columns, each of which holds a planted marker. */
  private static final Set<String> TEXT_WALL_COLUMNS =
      Set.of(
          "womens_group.name",
          "womens_group.venue",
          "womens_group.meets",
          "womens_group_session.topic",
          "womens_group_session.notes",
          "womens_group_attendance.absence_reason");

  static Stream<String> perpetratorFacing() {
    return Stream.of("intake", "perpetrator.worker", "childrens.worker");
  }

  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private final Map<String, String> needles = new LinkedHashMap<>();
  private String reference;
  private long partnerId;
  private long groupId;
  private long sessionId;

  @BeforeAll
  void plantMarkersBehindTheWall() {
    long northmoor = jdbc.sql("SELECT id FROM area WHERE code = 'NMR'").query(Long.class).single();
    HttpResponse<String> created =
        apiPost(token("intake"), "/api/v1/referrals", TestData.referralJson(northmoor));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    reference = first(REFERENCE, created.body());
    partnerId =
        jdbc.sql(
                "SELECT p.id FROM partner p JOIN referral r ON r.id = p.referral_id WHERE r.reference = :r")
            .param("r", reference)
            .query(Long.class)
            .single();

    needles.put("womens_group.name", marker("wgname"));
    needles.put("womens_group.venue", marker("wgvenue"));
    needles.put("womens_group.meets", marker("wgmeets"));
    needles.put("womens_group_session.topic", marker("wgtopic"));
    needles.put("womens_group_session.notes", marker("wgnotes"));
    needles.put("womens_group_attendance.absence_reason", marker("wgreason"));

    String ps = token("partner.support");
    LocalDate today = clock.today();
    HttpResponse<String> group =
        apiPost(
            ps,
            "/api/v1/womens-groups",
            """
            {"areaId": %d, "name": "%s", "venue": "%s Hall, Fictionton", "meets": "Mondays %s",
             "startsOn": "%s", "capacity": 8}
            """
                .formatted(
                    northmoor,
                    needles.get("womens_group.name"),
                    needles.get("womens_group.venue"),
                    needles.get("womens_group.meets"),
                    today.minusWeeks(1)));
    assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
    groupId = Long.parseLong(first(ID, group.body()));
    HttpResponse<String> added =
        apiPost(
            ps,
            "/api/v1/womens-groups/" + groupId + "/members",
            "{\"partnerId\": " + partnerId + "}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    HttpResponse<String> session =
        apiPost(
            ps,
            "/api/v1/womens-groups/" + groupId + "/sessions",
            """
            {"heldOn": "%s", "topic": "%s", "notes": "%s",
             "attendance": [{"partnerId": %d, "attended": false, "absenceReason": "%s"}]}
            """
                .formatted(
                    today,
                    needles.get("womens_group_session.topic"),
                    needles.get("womens_group_session.notes"),
                    partnerId,
                    needles.get("womens_group_attendance.absence_reason")));
    assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
    sessionId = Long.parseLong(first(ID, session.body()));

    // Every text [wall] column holds its marker, and every [wall] column has a row to protect.
    assertThat(needles.keySet()).containsExactlyInAnyOrderElementsOf(TEXT_WALL_COLUMNS);
    assertThat(WALL_COLUMNS).containsAll(TEXT_WALL_COLUMNS);
    for (String column : TEXT_WALL_COLUMNS) {
      assertThat(stored(column)).as("marker planted in " + column).contains(needles.get(column));
    }
    for (String column : WALL_COLUMNS) {
      if (!column.equals("womens_group_member.left_on")) {
        assertThat(stored(column)).as("a value stored in " + column).isNotNull();
      }
    }
  }

  /** The column's value for the planted group, session or woman. */
  private String stored(String column) {
    String[] tc = column.split("\\.");
    String where =
        switch (tc[0]) {
          case "womens_group" -> "id = " + groupId;
          case "womens_group_session" -> "id = " + sessionId;
          case "womens_group_member" -> "group_id = " + groupId + " AND partner_id = " + partnerId;
          case "womens_group_attendance" ->
              "session_id = " + sessionId + " AND partner_id = " + partnerId;
          default -> throw new IllegalArgumentException(column);
        };
    return jdbc.sql("SELECT \"" + tc[1] + "\"::text FROM " + tc[0] + " WHERE " + where)
        .query(String.class)
        .single();
  }

  // ---------------------------------------------------------------------------------------------

  @Order(1)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void everyWomensGroupPageRefusesThePerpetratorFacingRoles(String username) {
    PageSession session = PageSession.signedIn(baseUrl(), username, DemoUsers.PASSWORD);
    String g = "/womens-groups/" + groupId;
    for (String path :
        List.of(
            "/womens-groups",
            "/womens-groups?page=2",
            "/womens-groups/new",
            g,
            g + "?sessionsPage=2",
            g + "/members/new",
            g + "/sessions/new",
            g + "/sessions/" + sessionId)) {
      checked(username + " GET " + path, session.get(path), 403);
    }
    String csrf = session.csrf("/account");
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("_csrf", csrf);
    refused.put("name", refusedMarker("pagename"));
    refused.put("venue", refusedMarker("pagevenue"));
    refused.put("meets", "x");
    refused.put("capacity", "8");
    checked(username + " POST /womens-groups", session.post("/womens-groups", refused), 403);
    checked(
        username + " POST members",
        session.post(g + "/members", Map.of("_csrf", csrf, "partnerId", "" + partnerId)),
        403);
    Map<String, String> sessionForm =
        Map.of(
            "_csrf",
            csrf,
            "topic",
            refusedMarker("pagetopic"),
            "attendance[0].partnerId",
            "" + partnerId,
            "attendance[0].attended",
            "true");
    checked(username + " POST sessions", session.post(g + "/sessions", sessionForm), 403);
    checked(
        username + " POST a session change",
        session.post(g + "/sessions/" + sessionId, sessionForm),
        403);

    // The case pages the role can reach for the woman's case hold nothing of the group.
    HttpResponse<String> theCase = checked(username, session.get("/cases/" + reference), 200);
    assertThat(theCase.body()).contains(reference).doesNotContain("/womens-groups");
    for (String path :
        List.of(
            "/cases/" + reference + "/assessment",
            "/cases/" + reference + "/risk",
            "/cases/" + reference + "/reports",
            "/cases/" + reference + "/programme",
            "/cases",
            "/waiting-list")) {
      checked(username + " GET " + path, session.get(path), 200);
    }
    // Searching the caseload for the group's name, venue or time finds nothing. The search box
    // shows back what was typed in it; that one echo is all that may appear.
    for (String column : List.of("womens_group.name", "womens_group.venue", "womens_group.meets")) {
      String searched = needles.get(column);
      HttpResponse<String> found = session.get("/cases?q=" + searched);
      assertThat(found.statusCode()).isEqualTo(200);
      assertThat(found.body()).contains("No cases found.");
      String echo = " type=\"search\" value=\"" + searched + "\"";
      assertThat(found.body()).contains(echo);
      // So does the language switcher's link to this same search in Welsh.
      String switcher = " href=\"/cases?q=" + searched + "&amp;lang=cy\"";
      assertThat(found.body()).contains(switcher);
      assertNoMarker(
          username + " search by " + column, found.body().replace(echo, "").replace(switcher, ""));
    }
  }

  @Order(2)
  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void everyWomensGroupApiRouteRefusesThePerpetratorFacingRoles(String username) {
    String token = token(username);
    String g = "/api/v1/womens-groups/" + groupId;
    for (String path :
        List.of(
            "/api/v1/womens-groups",
            "/api/v1/womens-groups?page=0&size=100",
            g,
            g + "/candidates",
            g + "/sessions/" + sessionId)) {
      checked(username + " GET " + path, apiGet(token, path), 403);
    }
    checked(
        username + " POST group",
        apiPost(
            token,
            "/api/v1/womens-groups",
            "{\"areaId\": 1, \"name\": \"" + refusedMarker("apiname") + "\"}"),
        403);
    checked(
        username + " POST member",
        apiPost(token, g + "/members", "{\"partnerId\": " + partnerId + "}"),
        403);
    String body =
        "{\"heldOn\": \"%s\", \"topic\": \"%s\", \"attendance\": [], \"version\": 0}"
            .formatted(clock.today(), refusedMarker("apitopic"));
    checked(username + " POST session", apiPost(token, g + "/sessions", body), 403);
    checked(username + " PUT session", apiPut(token, g + "/sessions/" + sessionId, body), 403);

    HttpResponse<String> theCase =
        checked(username + " GET case", apiGet(token, "/api/v1/cases/" + reference), 200);
    assertThat(theCase.body()).contains(reference);
    for (String path :
        List.of(
            "/api/v1/cases/" + reference + "/risk",
            "/api/v1/cases/" + reference + "/timeline",
            "/api/v1/cases/" + reference + "/reports",
            "/api/v1/cases/" + reference + "/programme",
            "/api/v1/cases?size=100",
            "/api/v1/waiting-list?size=100")) {
      checked(username + " GET " + path, apiGet(token, path), 200);
    }
    // No assessment of him is recorded on this case, so its API answers 404, holding nothing.
    String assessment = "/api/v1/cases/" + reference + "/assessment";
    checked(username + " GET " + assessment, apiGet(token, assessment), 404);
  }

  // Positive control: behind the wall, the markers are there to be found.
  @Order(3)
  @Test
  void behindTheWallTheMarkersAreThere() {
    PageSession session = PageSession.signedIn(baseUrl(), "partner.support", DemoUsers.PASSWORD);
    String page =
        session.get("/womens-groups/" + groupId).body()
            + session.get("/womens-groups/" + groupId + "/sessions/" + sessionId).body();
    String api =
        apiGet(token("manager"), "/api/v1/womens-groups/" + groupId).body()
            + apiGet(
                    token("manager"), "/api/v1/womens-groups/" + groupId + "/sessions/" + sessionId)
                .body();
    for (String column : TEXT_WALL_COLUMNS) {
      assertThat(contains(page, needles.get(column)))
          .as("partner support sees " + column + " on the pages")
          .isTrue();
      assertThat(contains(api, needles.get(column)))
          .as("the manager gets " + column + " from the API")
          .isTrue();
    }
  }

  @Order(4)
  @Test
  void theLogCaptureSeesTheApplicationsLogging(CapturedOutput output) {
    String canary = "wg-wall-canary-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    LoggerFactory.getLogger(WomensGroupWallTest.class).info(canary);
    assertThat(output.getAll()).contains(canary);
  }

  @Order(5)
  @Test
  void noOpenColumnHoldsAMarker() {
    assertThat(OpenColumns.all(jdbc))
        .contains(
            new OpenColumns.Column("audit_event", "what"),
            new OpenColumns.Column("womens_group", "created_by"),
            new OpenColumns.Column("womens_group_session", "recorded_by"));
    assertThat(OpenColumns.holding(jdbc, needles.values()))
        .as("[open] columns holding a marker")
        .isEmpty();
    String[] patterns = needles.values().stream().map(n -> "%" + n + "%").toArray(String[]::new);
    // The search can succeed: the markers are in the [wall] columns.
    long inWall =
        jdbc.sql("SELECT count(*) FROM womens_group WHERE name::text ILIKE ANY(:patterns)")
            .param("patterns", patterns)
            .query(Long.class)
            .single();
    assertThat(inWall).isEqualTo(1);
  }

  @AfterAll
  void nothingWasLoggedFromBehindTheWall(CapturedOutput output) {
    assertNoMarker("the application's output during the whole test", output.getAll());
  }

  // ---------------------------------------------------------------------------------------------

  private String refusedMarker(String what) {
    String m = marker(what);
    needles.put("refused " + what, m);
    return m;
  }

  private HttpResponse<String> checked(String what, HttpResponse<String> response, int status) {
    assertNoMarker(what + " (body)", response.body());
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                values.forEach(v -> assertNoMarker(what + " (header " + name + ")", v)));
    assertThat(response.statusCode()).as(what).isEqualTo(status);
    return response;
  }

  private void assertNoMarker(String where, String text) {
    WallMarkers.assertNone(needles, where, text);
  }

  private static boolean contains(String text, String needle) {
    return text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("finds " + pattern + " in " + text).isTrue();
    return m.group(1);
  }
}
