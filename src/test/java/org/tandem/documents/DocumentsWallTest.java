package org.tandem.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.OpenColumns;
import org.tandem.access.Role;
import org.tandem.access.WallMarkers;
import org.tandem.documents.Uploads.Sent;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * Her documents are behind the confidentiality wall: a document's title, its file's name and the
 * file itself never reach a perpetrator-facing role (intake, perpetrator worker, children's worker)
 * through any page, API response, search or download.
 *
 * <p>Her worker attaches a plain-text letter to her record whose title, file name and content each
 * hold a unique marker. Each perpetrator-facing role then reads everything about the case it can:
 * the case page and its API, his documents and the children's, the case search by each marker; and
 * is refused every route to her documents, file and preview included. No marker may appear in any
 * body or header, nor in any [open] column (the audit trail among them). Positive controls prove
 * the markers are there behind the wall.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DocumentsWallTest extends TandemTest {

  /**
   * Every [wall] column V37 adds; {@code SchemaCatalogueTest} checks the schema marks exactly these
   * (with the other wall tests' columns) [wall]. Each holds a planted marker.
   */
  public static final Set<String> WALL_COLUMNS =
      Set.of("partner_document.title", "partner_document.file_name", "partner_document.content");

  private final Map<String, String> needles = new LinkedHashMap<>();
  private TestArea area;
  private Family family;
  private String hers;
  private long documentId;

  @BeforeAll
  void plantMarkersInHerDocument() {
    area = newArea();
    family = newFamily(AReferral.in(area).withPartners(1).withChildren(1));
    needles.put("partner_document.title", marker("doctitle"));
    needles.put("partner_document.file_name", marker("docfile"));
    needles.put("partner_document.content", marker("doccontent"));
    hers = family.path() + "/partners/" + family.partner(0) + "/documents";
    HttpResponse<String> created =
        Uploads.api(
            baseUrl(),
            area.token(Role.PARTNER_SUPPORT_WORKER),
            hers,
            Map.of("title", needles.get("partner_document.title"), "type", "LETTER"),
            new Sent(
                needles.get("partner_document.file_name") + ".txt",
                "text/plain",
                ("A letter to her.\n" + needles.get("partner_document.content") + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    documentId = TestApi.ok(created).get("id").asLong();
    // And one of his, so his list has something in it to read.
    HttpResponse<String> his =
        Uploads.api(
            baseUrl(),
            area.token(Role.PERPETRATOR_WORKER),
            family.path() + "/documents",
            Map.of("title", "Invented court order", "type", "COURT_ORDER"),
            Uploads.pdf("order.pdf"));
    assertThat(his.statusCode()).as(his.body()).isEqualTo(201);

    for (String column : WALL_COLUMNS) {
      String stored =
          jdbc.sql(
                  "SELECT convert_from(CAST("
                      + column.split("\\.")[1]
                      + " AS bytea), 'UTF8')"
                      + " FROM partner_document WHERE id = :id")
              .param("id", documentId)
              .query(String.class)
              .single();
      assertThat(stored).as("marker planted in " + column).contains(needles.get(column));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"INTAKE", "PERPETRATOR_WORKER", "CHILDRENS_WORKER"})
  void noPageShowsHerDocument(Role role) {
    PageSession session = signedIn(area.user(role));
    String reference = family.reference();
    String herPages = "/cases/" + reference + "/partners/" + family.partner(0) + "/documents";
    checked(role + " case page", session.get("/cases/" + reference), 200);
    checked(role + " his documents", session.get("/cases/" + reference + "/documents"), 200);
    checked(
        role + " a child's documents",
        session.get("/cases/" + reference + "/children/" + family.child(0) + "/documents"),
        role == Role.CHILDRENS_WORKER ? 200 : 403);
    for (String path :
        List.of(
            herPages,
            herPages + "/new",
            herPages + "/" + documentId,
            herPages + "/" + documentId + "/file",
            herPages + "/" + documentId + "/image")) {
      checked(role + " GET " + path, session.get(path), 403);
    }
    for (String needle : needles.values()) {
      String path = "/cases?q=" + URLEncoder.encode(needle, StandardCharsets.UTF_8);
      HttpResponse<String> found = session.get(path);
      assertThat(found.body()).contains("No cases found.");
      // The search box shows back what was typed, and the language switcher links to this same
      // search in Welsh: those two echoes of the searcher's own words are all that may appear.
      String echo = " type=\"search\" value=\"" + needle + "\"";
      String switcher = " href=\"" + path + "&amp;lang=cy\"";
      assertThat(found.body()).contains(echo, switcher);
      assertNone(role + " search", found.body().replace(echo, "").replace(switcher, ""));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"INTAKE", "PERPETRATOR_WORKER", "CHILDRENS_WORKER"})
  void noApiResponseNorDownloadHoldsHerDocument(Role role) {
    String token = area.token(role);
    checked(role + " case", apiGet(token, family.path()), 200);
    checked(role + " his documents", apiGet(token, family.path() + "/documents"), 200);
    checked(role + " her documents", apiGet(token, hers), 403);
    HttpResponse<byte[]> file = apiGetBytes(token, hers + "/" + documentId);
    assertThat(file.statusCode()).isEqualTo(403);
    assertNone(role + " her file", new String(file.body(), StandardCharsets.UTF_8));
    file.headers().map().values().forEach(v -> v.forEach(h -> assertNone(role + " header", h)));
    // His case's documents by the same id: another shelf, whatever it holds by that id is his.
    HttpResponse<byte[]> asHis = apiGetBytes(token, family.path() + "/documents/" + documentId);
    assertNone(role + " as his", new String(asHis.body(), StandardCharsets.UTF_8));
    for (String needle : needles.values()) {
      HttpResponse<String> found =
          checked(
              role + " search",
              apiGet(token, "/api/v1/cases?q=" + URLEncoder.encode(needle, StandardCharsets.UTF_8)),
              200);
      assertThat(found.body()).contains("\"total\":0");
    }
  }

  @Test
  void noOpenColumnHoldsAMarker() {
    assertThat(OpenColumns.holding(jdbc, needles.values()))
        .as("[open] columns holding a marker")
        .isEmpty();
  }

  @Test
  void behindTheWallTheMarkersAreThere() {
    for (Role role : List.of(Role.PARTNER_SUPPORT_WORKER, Role.SERVICE_MANAGER)) {
      String listed = TestApi.ok(apiGet(area.token(role), hers)).toString();
      assertThat(listed)
          .contains(needles.get("partner_document.title"))
          .contains(needles.get("partner_document.file_name"));
      HttpResponse<byte[]> file = apiGetBytes(area.token(role), hers + "/" + documentId);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(new String(file.body(), StandardCharsets.UTF_8))
          .contains(needles.get("partner_document.content"));
      assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
          .contains(needles.get("partner_document.file_name"));
      assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }
    PageSession worker = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String page = "/cases/" + family.reference() + "/partners/" + family.partner(0) + "/documents";
    assertThat(worker.get(page).body()).contains(needles.get("partner_document.title"));
  }

  private HttpResponse<String> checked(String what, HttpResponse<String> response, int status) {
    assertNone(what + " (body)", response.body());
    response.headers().map().values().forEach(v -> v.forEach(h -> assertNone(what, h)));
    assertThat(response.statusCode()).as(what).isEqualTo(status);
    return response;
  }

  private void assertNone(String where, String text) {
    WallMarkers.assertNone(needles, where, text);
  }
}
