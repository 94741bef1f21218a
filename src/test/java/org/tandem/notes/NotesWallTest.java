package org.tandem.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.tandem.referral.Family;
import tools.jackson.databind.json.JsonMapper;

/**
 * Her notes are behind the confidentiality wall: what partner support writes about her, and why it
 * was corrected, never reach a perpetrator-facing role (intake, perpetrator worker, children's
 * worker) through any page, API response, search or the family's timeline, nor any [open] column.
 *
 * <p>Partner support records a note on her record and corrects it, with a unique marker in each
 * text [wall] column. Each perpetrator-facing role is refused her notes' pages and API routes
 * (403), searches his notes for every marker and reads every page and API of the case it can reach:
 * no marker may appear. The date a note happened cannot hold a marker; what protects it is that
 * every route to it refuses those roles, proved route by route here. Positive controls prove the
 * markers are findable behind the wall.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class NotesWallTest extends TandemTest {

  /**
   * Every [wall] column V36 adds, as {@code table.column}; {@code SchemaCatalogueTest} checks the
   * schema marks exactly these (with the other wall tests' columns) [wall].
   */
  public static final Set<String> WALL_COLUMNS =
      Set.of(
          "partner_note.happened_on",
          "partner_note.body",
          "partner_note_amendment.body",
          "partner_note_amendment.reason");

  private static final JsonMapper JSON = new JsonMapper();

  private final Map<String, String> markers = new LinkedHashMap<>();
  private TestArea area;
  private Family family;
  private String hers;
  private long noteId;

  static Stream<Role> perpetratorFacing() {
    return Stream.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER);
  }

  @BeforeAll
  void plantMarkersBehindTheWall() {
    area = newArea();
    family = newFamily(area);
    hers = "/cases/" + family.reference() + "/partners/" + family.partner(0) + "/notes";
    markers.put("partner_note.body", marker("notebody"));
    markers.put("partner_note_amendment.body", marker("notefix"));
    markers.put("partner_note_amendment.reason", marker("notewhy"));

    String support = area.token(Role.PARTNER_SUPPORT_WORKER);
    HttpResponse<String> created =
        apiPost(
            support,
            "/api/v1" + hers,
            """
            {"happenedOn": "%s", "text": "She said %s", "restricted": false}
            """
                .formatted(clock.today(), markers.get("partner_note.body")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    noteId = JSON.readTree(created.body()).get("id").asLong();
    HttpResponse<String> corrected =
        apiPost(
            support,
            "/api/v1" + hers + "/" + noteId + "/corrections",
            """
            {"text": "She said %s", "reason": "Her words were %s", "basedOn": 0}
            """
                .formatted(
                    markers.get("partner_note_amendment.body"),
                    markers.get("partner_note_amendment.reason")));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    // His own notes, so his pages have a note among which hers could leak.
    HttpResponse<String> his =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + family.reference() + "/notes",
            """
            {"kind": "CONTACT", "happenedOn": "%s", "text": "Invented: he called", "restricted": false}
            """
                .formatted(clock.today()));
    assertThat(his.statusCode()).as(his.body()).isEqualTo(201);
  }

  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void herNotesNeverReachHisSide(Role role) {
    String token = area.token(role);
    PageSession session = signedIn(area.user(role));
    String reference = family.reference();

    for (String path : List.of(hers, hers + "/" + noteId, hers + "?q=She")) {
      assertThat(apiGet(token, "/api/v1" + path).statusCode())
          .as(role + " API " + path)
          .isEqualTo(403);
    }
    assertThat(apiGet(token, "/api/v1/partner-notes?q=She").statusCode())
        .as(role + " API search of every woman's notes")
        .isEqualTo(403);
    HttpResponse<String> herSearch = session.get("/partner-support/notes?q=She");
    assertThat(herSearch.statusCode()).as(role + " page search of her notes").isEqualTo(403);
    WallMarkers.assertNone(markers, role + " page /partner-support/notes", herSearch.body());
    for (String path : List.of(hers, hers + "/new", hers + "/" + noteId + "/correction")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " page " + path).isEqualTo(403);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
    }
    HttpResponse<String> post =
        session.post(
            hers,
            Map.of(
                "_csrf", session.csrf("/cases/" + reference),
                "text", "x",
                "happenedOn.day", "1",
                "happenedOn.month", "1",
                "happenedOn.year", "2026"));
    assertThat(post.statusCode()).as(role + " posts a note to her record").isEqualTo(403);

    for (String marker : markers.values()) {
      String q = URLEncoder.encode(marker, StandardCharsets.UTF_8);
      HttpResponse<String> api = apiGet(token, "/api/v1/cases/" + reference + "/notes?q=" + q);
      assertThat(api.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(api.body()).get("total").asLong())
          .as("a search of his notes")
          .isZero();
      HttpResponse<String> page = session.get("/cases/" + reference + "/notes?q=" + q);
      assertThat(page.body()).contains("No notes found.");
      HttpResponse<String> caseload = apiGet(token, "/api/v1/notes?q=" + q);
      assertThat(caseload.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(caseload.body()).get("total").asLong())
          .as("a search of the notes on all his cases")
          .isZero();
      HttpResponse<String> caseloadPage = session.get("/notes?q=" + q);
      assertThat(caseloadPage.body()).contains("No notes found.");
      // The box keeps what was typed, and the language switcher's link to this same search;
      // nothing else on the page may hold a marker.
      WallMarkers.assertNone(
          markers,
          role + " page /notes",
          caseloadPage
              .body()
              .replace("value=\"" + marker + "\"", "")
              .replace(" href=\"/notes?q=" + q + "&amp;lang=cy\"", ""));
    }
    for (String path :
        List.of(
            "/api/v1/cases/" + reference,
            "/api/v1/cases/" + reference + "/notes",
            "/api/v1/cases/" + reference + "/risk",
            "/api/v1/cases/" + reference + "/timeline")) {
      HttpResponse<String> api = apiGet(token, path);
      assertThat(api.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " API " + path, api.body());
    }
    for (String path :
        List.of(
            "/cases/" + reference,
            "/cases/" + reference + "/notes",
            "/cases/" + reference + "/notes/new",
            "/cases/" + reference + "/risk")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
    }
    assertThat(session.get("/cases/" + reference + "/notes").body())
        .contains("Invented: he called");
  }

  @Test
  void behindTheWallTheMarkersAreThere() {
    for (Role role : List.of(Role.PARTNER_SUPPORT_WORKER, Role.SERVICE_MANAGER)) {
      String page = signedIn(area.user(role)).get(hers).body();
      assertThat(page)
          .contains(markers.get("partner_note.body"))
          .contains(markers.get("partner_note_amendment.body"))
          .contains(markers.get("partner_note_amendment.reason"));
      String q = URLEncoder.encode(markers.get("partner_note.body"), StandardCharsets.UTF_8);
      assertThat(apiGet(area.token(role), "/api/v1" + hers + "?q=" + q).body())
          .contains("\"total\":1");
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM partner_note WHERE id = :id AND happened_on = :on")
                .param("id", noteId)
                .param("on", clock.today())
                .query(Long.class)
                .single())
        .as("the date is stored behind the wall")
        .isEqualTo(1);
  }

  @Test
  void noOpenColumnHoldsAMarker() {
    assertThat(OpenColumns.holding(jdbc, markers.values())).isEmpty();
  }
}
