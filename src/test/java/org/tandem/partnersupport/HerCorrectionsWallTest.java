package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.OpenColumns;
import org.tandem.access.Role;
import org.tandem.access.WallMarkers;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections to her details are behind the confidentiality wall: what her details held, what they
 * were corrected to and why never reach a perpetrator-facing role (intake, perpetrator worker,
 * children's worker) through any page, API response or the family's timeline, nor any [open]
 * column, and none of them is stored in the clear.
 *
 * <p>Partner support corrects her address, which held a marker, to another marker, giving a third
 * as the reason. Each perpetrator-facing role is refused her corrections' page and API routes
 * (403), and reads every page and API of the case it can reach, his corrections among them: no
 * marker may appear. Which of her details was corrected is coded and cannot hold a marker; every
 * route to it refuses those roles, proved route by route here. Positive controls prove the markers
 * are shown behind the wall.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class HerCorrectionsWallTest extends TandemTest {

  /**
   * Every [wall] column V49 adds, as {@code table.column}; {@code SchemaCatalogueTest} checks the
   * schema marks exactly these (with the other wall tests' columns) [wall].
   */
  public static final Set<String> WALL_COLUMNS =
      Set.of(
          "partner_amendment.field",
          "partner_amendment.value_before",
          "partner_amendment.value_after",
          "partner_amendment.reason");

  private static final JsonMapper JSON = new JsonMapper();

  private final Map<String, String> markers = new LinkedHashMap<>();
  private TestArea area;
  private Family family;
  private String hers;

  static Stream<Role> perpetratorFacing() {
    return Stream.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER);
  }

  @BeforeAll
  void plantMarkersBehindTheWall() {
    area = newArea();
    markers.put("partner_amendment.value_before", marker("was"));
    markers.put("partner_amendment.value_after", marker("now"));
    markers.put("partner_amendment.reason", marker("why"));
    family =
        newFamily(
            AReferral.in(area)
                .withPartner(
                    "Jo",
                    "Testington",
                    "07700 900003",
                    "jo@example.org",
                    markers.get("partner_amendment.value_before"),
                    "Weekdays after 10am"));
    hers = "/cases/" + family.reference() + "/partners/" + family.partner(0);
    String support = area.token(Role.PARTNER_SUPPORT_WORKER);
    int version = JSON.readTree(apiGet(support, "/api/v1" + hers).body()).get("version").asInt();
    HttpResponse<String> corrected =
        apiPost(
            support,
            "/api/v1" + hers + "/corrections",
            """
            {"givenName": "Jo", "familyName": "Testington", "phone": "07700 900003",
             "email": "jo@example.org", "address": "%s", "safeContactTimes": "Weekdays after 10am",
             "reason": "She said %s", "version": %d}
            """
                .formatted(
                    markers.get("partner_amendment.value_after"),
                    markers.get("partner_amendment.reason"),
                    version));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    // His own correction, so his side has a history among which hers could leak.
    HttpResponse<String> his =
        apiPost(
            area.token(Role.INTAKE),
            "/api/v1/cases/" + family.reference() + "/corrections",
            """
            {"givenName": "Testy", "familyName": "Mctestface", "phone": "07700 900009",
             "reason": "Invented: his new number", "version": %d}
            """
                .formatted(family.detail().get("version").asInt()));
    assertThat(his.statusCode()).as(his.body()).isEqualTo(201);
  }

  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void herCorrectionsNeverReachHisSide(Role role) {
    String token = area.token(role);
    PageSession session = signedIn(area.user(role));
    String reference = family.reference();

    assertThat(apiGet(token, "/api/v1" + hers + "/corrections").statusCode())
        .as(role + " API her corrections")
        .isEqualTo(403);
    HttpResponse<String> post =
        apiPost(
            token,
            "/api/v1" + hers + "/corrections",
            """
            {"givenName": "Jo", "reason": "x", "version": 0}
            """);
    assertThat(post.statusCode()).as(role + " API corrects her").isEqualTo(403);
    WallMarkers.assertNone(markers, role + " API her corrections", post.body());
    for (String path : List.of(hers, hers + "/correction")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " page " + path).isEqualTo(403);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
    }
    HttpResponse<String> pagePost =
        session.post(
            hers + "/correction",
            Map.of(
                "_csrf", session.csrf("/cases/" + reference),
                "givenName", "Jo",
                "reason", "x",
                "version", "0"));
    assertThat(pagePost.statusCode()).as(role + " posts a correction of her").isEqualTo(403);

    for (String path :
        List.of(
            "/api/v1/cases/" + reference,
            "/api/v1/cases/" + reference + "/corrections",
            "/api/v1/cases/" + reference + "/risk",
            "/api/v1/cases/" + reference + "/timeline")) {
      HttpResponse<String> api = apiGet(token, path);
      assertThat(api.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " API " + path, api.body());
    }
    for (String path : List.of("/cases/" + reference, "/cases/" + reference + "/risk")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
    }
    assertThat(session.get("/cases/" + reference).body()).contains("Invented: his new number");
  }

  @Test
  void behindTheWallTheMarkersAreShown() {
    for (Role role : List.of(Role.PARTNER_SUPPORT_WORKER, Role.SERVICE_MANAGER)) {
      String page = signedIn(area.user(role)).get(hers).body();
      assertThat(page).as(role.name()).contains(markers.values());
      assertThat(apiGet(area.token(role), "/api/v1" + hers + "/corrections").body())
          .as(role.name())
          .contains(markers.values())
          .contains("\"detail\":\"ADDRESS\"");
    }
  }

  @Test
  void noColumnHoldsAMarkerInTheClear() {
    assertThat(OpenColumns.holding(jdbc, markers.values())).isEmpty();
    for (String column : List.of("value_before", "value_after", "reason")) {
      assertThat(
              jdbc.sql(
                      "SELECT "
                          + column
                          + " FROM partner_amendment WHERE partner_id = :p AND field = 'ADDRESS'")
                  .param("p", family.partner(0))
                  .query(String.class)
                  .single())
          .as("partner_amendment." + column + " as stored")
          .startsWith("enc:v1:");
    }
    assertThat(
            jdbc.sql("SELECT field FROM partner_amendment WHERE partner_id = :p")
                .param("p", family.partner(0))
                .query(String.class)
                .list())
        .as("which detail was corrected is stored behind the wall")
        .containsExactly("ADDRESS");
  }
}
