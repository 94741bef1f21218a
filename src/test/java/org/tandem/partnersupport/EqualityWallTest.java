package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tandem.assessment.RiskReportFixture;
import org.tandem.referrer.OnlineReferrers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Her equality monitoring answers are hers: they never reach a perpetrator-facing role (intake,
 * perpetrator worker, children's worker, the referrer who referred him) nor a commissioner, through
 * any page, API, export or search, and they are in her subject access bundle, never in his.
 *
 * <p>A referrer refers a man through the API; partner support records distinctive answers for his
 * partner (Asian, gay or lesbian, 65 or over). The markers are the answers' codes and their English
 * and Welsh wording, the form's field names, and the sealed values as stored. Every
 * perpetrator-facing role is refused her answers' page and API (403) and reads every page and API
 * of the case it can reach, searches included: no marker may appear. The commissioner reads the
 * area's MARAC-style return, which counts answers but names none. Positive controls prove the
 * markers are shown behind the wall.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class EqualityWallTest extends TandemTest {

  /**
   * Every [wall] column V58 adds; {@code SchemaCatalogueTest} checks the schema marks exactly these
   * (with the other wall tests' columns) [wall].
   */
  public static final Set<String> WALL_COLUMNS =
      Set.of(
          "partner_equality.ethnicity",
          "partner_equality.sex",
          "partner_equality.gender_same_as_at_birth",
          "partner_equality.sexual_orientation",
          "partner_equality.disability",
          "partner_equality.age_band");

  private static final JsonMapper JSON = new JsonMapper();

  private final Map<String, String> markers = new LinkedHashMap<>();
  private TestArea area;
  private TestArea.User referrer;
  private String reference;
  private String hers;

  static Stream<Role> perpetratorFacing() {
    return Stream.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER);
  }

  @BeforeAll
  void plantHerAnswers() {
    area = newArea();
    referrer = area.user(Role.REFERRER);
    HttpResponse<String> made =
        apiPost(
            referrer.token(),
            "/api/v1/referrer/referrals",
            OnlineReferrers.asAReferrerSendsIt(
                RiskReportFixture.plantedReferral(area.id()).json()));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    reference = JSON.readTree(made.body()).get("reference").asString();
    long partnerId =
        jdbc.sql(
                "SELECT p.id FROM partner p JOIN referral r ON r.id = p.referral_id"
                    + " WHERE r.reference = :r")
            .param("r", reference)
            .query(Long.class)
            .list()
            .get(0);
    hers = "/cases/" + reference + "/partners/" + partnerId;
    HttpResponse<String> recorded =
        apiPut(
            area.token(Role.PARTNER_SUPPORT_WORKER),
            "/api/v1" + hers + "/equality",
            """
            {"ethnicity": "ASIAN", "sex": "FEMALE", "genderSameAsAtBirth": "NO",
             "sexualOrientation": "GAY_OR_LESBIAN", "disability": "YES",
             "ageBand": "AGED_65_OR_OVER", "version": 0}
            """);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

    markers.put("ethnicity code", "\"ASIAN\"");
    markers.put("ethnicity", "Asian, Asian British");
    markers.put("ethnicity in Welsh", "Asiaidd Prydeinig");
    markers.put("orientation code", "GAY_OR_LESBIAN");
    markers.put("orientation", "Gay or lesbian");
    markers.put("orientation in Welsh", "Hoyw neu lesbiaidd");
    markers.put("age band code", "AGED_65_OR_OVER");
    markers.put("age band", "65 or over");
    markers.put("age band in Welsh", "65 neu hŷn");
    markers.put("a field name", "sexualOrientation");
    markers.put("another field name", "genderSameAsAtBirth");
    Map<String, Object> stored =
        jdbc.sql("SELECT * FROM partner_equality WHERE partner_id = :p")
            .param("p", partnerId)
            .query()
            .singleRow();
    for (String column : WALL_COLUMNS) {
      String name = column.substring(column.indexOf('.') + 1);
      markers.put(column + " as stored", (String) stored.get(name));
    }
  }

  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void herAnswersNeverReachHisSide(Role role) {
    String token = area.token(role);
    PageSession session = signedIn(area.user(role));

    HttpResponse<String> api = apiGet(token, "/api/v1" + hers + "/equality");
    assertThat(api.statusCode()).as(role + " API her answers").isEqualTo(403);
    WallMarkers.assertNone(markers, role + " API her answers", api.body());
    HttpResponse<String> put =
        apiPut(token, "/api/v1" + hers + "/equality", "{\"ethnicity\": \"WHITE\", \"version\": 1}");
    assertThat(put.statusCode()).as(role + " API records her answers").isEqualTo(403);
    WallMarkers.assertNone(markers, role + " API records her answers", put.body());
    for (String path : List.of(hers, hers + "/equality", hers + "/equality?lang=cy")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " page " + path).isEqualTo(403);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
    }
    HttpResponse<String> posted =
        session.post(
            hers + "/equality",
            Map.of(
                "_csrf", session.csrf("/cases/" + reference),
                "ethnicity", "WHITE",
                "version", "1"));
    assertThat(posted.statusCode()).as(role + " posts her answers").isEqualTo(403);

    String search = URLEncoder.encode(reference, StandardCharsets.UTF_8);
    for (String path :
        List.of(
            "/api/v1/cases/" + reference,
            "/api/v1/cases/" + reference + "/risk",
            "/api/v1/cases/" + reference + "/timeline",
            "/api/v1/cases?q=" + search,
            "/api/v1/me/work")) {
      HttpResponse<String> read = apiGet(token, path);
      assertThat(read.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " API " + path, read.body());
    }
    for (String path :
        List.of(
            "/cases/" + reference,
            "/cases/" + reference + "?lang=cy",
            "/cases/" + reference + "/risk",
            "/cases?q=" + search,
            "/my-work")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
    }
    assertThat(session.get("/cases/" + reference).body()).contains(reference);
  }

  @Test
  void theReferrerWhoReferredHimSeesNoneOfHerAnswers() {
    PageSession session = signedIn(referrer);
    for (String path :
        List.of(
            "/referrer/referrals",
            "/referrer/referrals/" + reference,
            "/referrer/referrals/" + reference + "/evaluation")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      WallMarkers.assertNone(markers, "the referrer's page " + path, page.body());
    }
    for (String path :
        List.of("/api/v1/referrer/referrals", "/api/v1/referrer/referrals/" + reference)) {
      HttpResponse<String> api = apiGet(referrer.token(), path);
      assertThat(api.statusCode()).as(path).isEqualTo(200);
      WallMarkers.assertNone(markers, "the referrer's API " + path, api.body());
    }
    for (String path : List.of(hers + "/equality", "/cases/" + reference)) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(path).isIn(403, 404);
      WallMarkers.assertNone(markers, "the referrer's page " + path, page.body());
    }
    HttpResponse<String> api = apiGet(referrer.token(), "/api/v1" + hers + "/equality");
    assertThat(api.statusCode()).isEqualTo(403);
    WallMarkers.assertNone(markers, "the referrer's API her answers", api.body());
  }

  @Test
  void theCommissionerReadsCountsOnly() {
    String token = area.token(Role.COMMISSIONER);
    assertThat(apiGet(token, "/api/v1" + hers + "/equality").statusCode()).isEqualTo(403);
    for (String path :
        List.of(
            "/api/v1/outcomes/marac-return?area=" + area.code(),
            "/api/v1/outcomes/area-report?area=" + area.code())) {
      HttpResponse<String> api = apiGet(token, path);
      assertThat(api.statusCode()).as(path).isEqualTo(200);
      WallMarkers.assertNone(markers, "the commissioner's " + path, api.body());
    }
    HttpResponse<String> page =
        signedIn(area.user(Role.COMMISSIONER)).get("/outcomes/marac-return?area=" + area.code());
    assertThat(page.statusCode()).isEqualTo(200);
    WallMarkers.assertNone(markers, "the commissioner's return", page.body());
  }

  @Test
  void herAnswersAreInHerSubjectAccessBundleAndNotInHis() {
    String manager = area.token(Role.SERVICE_MANAGER);
    long partnerId = Long.parseLong(hers.substring(hers.lastIndexOf('/') + 1));
    String his = bundle(manager, "man");
    WallMarkers.assertNone(markers, "his subject access bundle", his);
    assertThat(his).contains(reference);
    String herBundle = bundle(manager, "partner:" + partnerId);
    assertThat(herBundle).contains("GAY_OR_LESBIAN", "AGED_65_OR_OVER", "\"equality\"");
  }

  @Test
  void behindTheWallHerAnswersAreShownAndNoneIsStoredInTheClear() {
    for (Role role : List.of(Role.PARTNER_SUPPORT_WORKER, Role.SERVICE_MANAGER)) {
      assertThat(apiGet(area.token(role), "/api/v1" + hers + "/equality").body())
          .as(role.name())
          .contains("GAY_OR_LESBIAN", "AGED_65_OR_OVER");
      assertThat(signedIn(area.user(role)).get(hers + "/equality").body())
          .as(role.name())
          .contains(
              EqualityMonitoringTest.checked("sexualOrientation", "GAY_OR_LESBIAN"),
              EqualityMonitoringTest.checked("ethnicity", "ASIAN"));
    }
    assertThat(OpenColumns.holding(jdbc, List.of("GAY_OR_LESBIAN", "AGED_65_OR_OVER"))).isEmpty();
    for (String column : WALL_COLUMNS) {
      assertThat(markers.get(column + " as stored")).as(column).startsWith("enc:v1:");
    }
  }

  private String bundle(String manager, String subject) {
    HttpResponse<String> created =
        apiPost(
            manager,
            "/api/v1/subject-access",
            "{\"case\": \"%s\", \"subject\": \"%s\", \"requester\": \"Invented: by letter\"}"
                .formatted(reference, subject));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    HttpResponse<String> read =
        apiGet(manager, "/api/v1/subject-access/" + body.get("id").asLong());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return read.body();
  }
}
