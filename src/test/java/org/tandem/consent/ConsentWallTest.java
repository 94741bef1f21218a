package org.tandem.consent;

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
import org.tandem.referral.Family;
import tools.jackson.databind.json.JsonMapper;

/**
 * Her consents, and the basis each of her referrals on went on, are behind the wall: that she
 * consents to anything says she is in touch with the service. Partner support records a consent
 * naming agencies and a referral on legitimate interests, with a marker in each text [wall] column;
 * each perpetrator-facing role (intake, perpetrator worker, children's worker) is refused every
 * page and API route to her consents (403), and his case page, his consents, the family's timeline
 * and the case's API carry no marker and no trace of her consent. The coded columns (her scope,
 * dates, how she withdrew, who recorded it) cannot hold a marker; what protects them is that every
 * route that reads them refuses these roles, proved route by route here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ConsentWallTest extends TandemTest {

  /**
   * Every [wall] column V44 adds, as {@code table.column}; {@code SchemaCatalogueTest} checks the
   * schema marks exactly these (with the other wall tests' columns) [wall].
   */
  public static final Set<String> WALL_COLUMNS =
      Set.of(
          "partner_consent.scope",
          "partner_consent.agencies",
          "partner_consent.given_on",
          "partner_consent.expires_on",
          "partner_consent.recorded_by",
          "partner_consent.recorded_at",
          "partner_consent.withdrawn_on",
          "partner_consent.withdrawn_how",
          "partner_consent.withdrawn_by",
          "partner_consent.withdrawn_at",
          "partner_referral_on.basis",
          "partner_referral_on.consent_id",
          "partner_referral_on.basis_reason");

  private static final JsonMapper JSON = new JsonMapper();

  private final Map<String, String> markers = new LinkedHashMap<>();
  private TestArea area;
  private Family family;
  private String hers;
  private long consentId;

  static Stream<Role> perpetratorFacing() {
    return Stream.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER);
  }

  @BeforeAll
  void partnerSupportRecordsHerConsentAndASharing() {
    area = newArea();
    family = newFamily(area);
    hers = "/cases/" + family.reference() + "/partners/" + family.partner(0);
    markers.put("partner_consent.agencies", marker("consentagencies"));
    markers.put("partner_referral_on.basis_reason", marker("basisreason"));
    String support = area.token(Role.PARTNER_SUPPORT_WORKER);

    HttpResponse<String> consent =
        apiPost(
            support,
            "/api/v1" + hers + "/consents",
            """
            {"scope": ["REFUGE", "IDVA"], "agencies": "%s", "givenOn": "%s", "expiresOn": "%s"}
            """
                .formatted(
                    markers.get("partner_consent.agencies"),
                    clock.today().minusDays(2),
                    clock.today().plusMonths(6)));
    assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
    consentId = JSON.readTree(consent.body()).get("id").asLong();
    for (String referral :
        List.of(
            """
            {"service": "REFUGE", "referredOn": "%s", "basis": "CONSENT"}
            """
                .formatted(clock.today()),
            """
            {"service": "HOUSING", "referredOn": "%s", "basis": "LEGITIMATE_INTERESTS",
             "basisReason": "%s"}
            """
                .formatted(clock.today(), markers.get("partner_referral_on.basis_reason")))) {
      HttpResponse<String> r = apiPost(support, "/api/v1" + hers + "/referrals-on", referral);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  @ParameterizedTest
  @MethodSource("perpetratorFacing")
  void herConsentsNeverReachHisSide(Role role) {
    String token = area.token(role);
    PageSession session = signedIn(area.user(role));
    String reference = family.reference();

    assertThat(apiGet(token, "/api/v1" + hers + "/consents").statusCode())
        .as(role + " reads her consents")
        .isEqualTo(403);
    assertThat(
            apiPost(
                    token,
                    "/api/v1" + hers + "/consents",
                    "{\"scope\": [\"REFUGE\"], \"givenOn\": \"2026-01-01\", \"expiresOn\": \"2027-01-01\"}")
                .statusCode())
        .as(role + " records a consent of hers")
        .isEqualTo(403);
    assertThat(
            apiPost(
                    token,
                    "/api/v1" + hers + "/consents/" + consentId + "/withdrawal",
                    "{\"withdrawnOn\": \"2026-01-01\", \"how\": \"BY_PHONE\", \"version\": 0}")
                .statusCode())
        .as(role + " withdraws a consent of hers")
        .isEqualTo(403);
    for (String path :
        List.of(hers + "/consents/new", hers + "/consents/" + consentId + "/withdrawal")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " page " + path).isEqualTo(403);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
    }
    HttpResponse<String> post =
        session.post(
            hers + "/consents",
            Map.of(
                "_csrf", session.csrf("/cases/" + reference),
                "scope", "REFUGE",
                "givenOn.day", "1",
                "givenOn.month", "1",
                "givenOn.year", "2026"));
    assertThat(post.statusCode()).as(role + " posts a consent to her record").isEqualTo(403);

    HttpResponse<String> his = apiGet(token, "/api/v1/cases/" + reference + "/consents");
    assertThat(his.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(his.body())).as("his consents hold none of hers").isEmpty();
    for (String path :
        List.of(
            "/api/v1/cases/" + reference,
            "/api/v1/cases/" + reference + "/risk",
            "/api/v1/cases/" + reference + "/timeline")) {
      HttpResponse<String> api = apiGet(token, path);
      assertThat(api.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " API " + path, api.body());
      assertThat(api.body()).as(role + " " + path).doesNotContain("REFUGE", "consent");
    }
    for (String path :
        List.of(
            "/cases/" + reference,
            "/cases/" + reference + "/risk",
            "/cases/" + reference + "/consents/new")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(role + " " + path).isEqualTo(200);
      WallMarkers.assertNone(markers, role + " page " + path, page.body());
      assertThat(page.body())
          .as(role + " " + path)
          .doesNotContain("Her consent", "Refuges,", "Shared on her consent");
    }
  }

  @Test
  void behindTheWallTheyAreThere() {
    for (Role role : List.of(Role.PARTNER_SUPPORT_WORKER, Role.SERVICE_MANAGER)) {
      String page = signedIn(area.user(role)).get(hers).body();
      assertThat(page)
          .contains(markers.get("partner_consent.agencies"))
          .contains(markers.get("partner_referral_on.basis_reason"))
          .contains("Her consents to sharing")
          .contains("Shared on her consent of");
      assertThat(apiGet(area.token(role), "/api/v1" + hers + "/consents").body())
          .contains(markers.get("partner_consent.agencies"));
    }
  }

  @Test
  void noOpenColumnHoldsAMarker() {
    assertThat(OpenColumns.holding(jdbc, markers.values())).isEmpty();
  }
}
