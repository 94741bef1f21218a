package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a load balancer can read without signing in, and the API's description, which only a
 * signed-in user or the holder of a personal token can read.
 */
class HealthAndApiDocsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private String token;

  @Test
  void healthIsUpWithoutSigningIn() {
    HttpResponse<String> response = get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("UP");
  }

  @Test
  void theApiDocsAnswerNoOneWhoHasNotSignedIn() {
    for (String path :
        List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
      HttpResponse<String> response = get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.body()).as(path).doesNotContain("/api/v1/referrals");
    }
    HttpResponse<String> badToken = apiGet("tdm_not_a_token", "/v3/api-docs");
    assertThat(badToken.statusCode()).isEqualTo(401);
  }

  @Test
  void theApiDocsAnswerAPageSessionAndATokenAlike() {
    TestArea area = newArea();
    PageSession session = signedIn(area.user(Role.PERPETRATOR_WORKER));

    HttpResponse<String> bySession = session.get("/v3/api-docs", "Accept", "*/*");
    HttpResponse<String> byToken = apiGet(area.token(Role.PERPETRATOR_WORKER), "/v3/api-docs");

    assertThat(bySession.statusCode()).isEqualTo(200);
    assertThat(byToken.statusCode()).isEqualTo(200);
    assertThat(bySession.body()).contains("/api/v1/referrals").isEqualTo(byToken.body());
  }

  @Test
  void theApiDocsListEveryEndpointAndTheBearerScheme() {
    HttpResponse<String> response = docs();

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode docs = JSON.readTree(response.body());
    List<String> paths = new ArrayList<>(docs.get("paths").propertyNames());
    assertThat(paths)
        .contains(
            "/api/v1/referrals",
            "/api/v1/cases",
            "/api/v1/cases/{reference}",
            "/api/v1/cases/{reference}/triage",
            "/api/v1/areas",
            "/api/v1/waiting-list",
            "/api/v1/cases/{reference}/assessment",
            "/api/v1/cases/{reference}/assessment/dash",
            "/api/v1/cases/{reference}/risk",
            "/api/v1/cases/{reference}/timeline",
            "/api/v1/cases/{reference}/risk-events",
            "/api/v1/cases/{reference}/marac-referrals",
            "/api/v1/cases/{reference}/risk-reviews",
            "/api/v1/cases/{reference}/reports",
            "/api/v1/alerts")
        .allMatch(p -> p.startsWith("/api/"));
    assertThat(docs.get("paths").get("/api/v1/referrals").has("post")).isTrue();
    assertThat(docs.get("paths").get("/api/v1/areas").has("get")).isTrue();
    assertThat(docs.get("paths").get("/api/v1/areas").has("post")).isTrue();

    JsonNode bearer = docs.get("components").get("securitySchemes").get("bearer");
    assertThat(bearer).isNotNull();
    assertThat(bearer.get("type").asString()).isEqualTo("http");
    assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
    assertThat(docs.get("paths").get("/api/v1/cases").get("get").get("security").toString())
        .contains("bearer");
  }

  @Test
  void theApiDocsDescribeEveryFieldOfAReferralAndATriage() {
    JsonNode schemas = JSON.readTree(docs().body()).get("components").get("schemas");

    List<String> referral =
        new ArrayList<>(schemas.get("NewReferral").get("properties").propertyNames());
    assertThat(referral)
        .contains(
            "areaId",
            "referrerPhone",
            "referrerEmail",
            "referralSourceOther",
            "sharingBasisDetail",
            "manFamilyName",
            "partners");
    List<String> triage = new ArrayList<>(schemas.get("Triage").get("properties").propertyNames());
    assertThat(triage).contains("outcome", "referredOnTo", "version");
  }

  @Test
  void theApiDocsGiveEachTextAndListItsMost() {
    JsonNode referral =
        JSON.readTree(docs().body())
            .get("components")
            .get("schemas")
            .get("NewReferral")
            .get("properties");

    assertThat(referral.get("reason").get("maxLength").asInt()).isEqualTo(5000);
    assertThat(referral.get("partners").get("maxItems").asInt()).isEqualTo(10);
    assertThat(referral.get("children").get("maxItems").asInt()).isEqualTo(15);
  }

  @Test
  void theApiDocsGiveEachRatingItsRangeAndSayItIsRequired() {
    JsonNode schemas = JSON.readTree(docs().body()).get("components").get("schemas");

    JsonNode evaluation = schemas.get("NewHerEvaluation");
    JsonNode violence = evaluation.get("properties").get("violence");
    assertThat(violence.get("minimum").asInt()).isEqualTo(1);
    assertThat(violence.get("maximum").asInt()).isEqualTo(5);
    assertThat(evaluation.get("properties").get("childrensSafety").get("minimum").asInt()).isZero();
    assertThat(evaluation.get("required").toString()).contains("\"violence\"", "\"completedOn\"");
    JsonNode session = schemas.get("NewAssessmentSession").get("properties");
    assertThat(session.get("durationMinutes").get("maximum").asInt()).isEqualTo(600);
  }

  /** The API's description as an integrator with a token reads it. */
  private HttpResponse<String> docs() {
    if (token == null) {
      token = newArea().token(Role.INTAKE);
    }
    return apiGet(token, "/v3/api-docs");
  }

  private HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Accept", "application/json")
            .GET()
            .build());
  }
}
