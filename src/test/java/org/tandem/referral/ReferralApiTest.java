package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;
import static org.tandem.TestData.referralJson;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The referral and case API as a referrer's or provider's system uses it. */
class ReferralApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String intake;
  private String manager;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    intake = area.token(Role.INTAKE);
    manager = area.token(Role.SERVICE_MANAGER);
  }

  // --- logging a referral ---

  @Test
  void aValidReferralIsCreatedWithTheNextReferenceInItsArea() {
    HttpResponse<String> first = apiPost(intake, "/api/v1/referrals", referralJson(area.id()));
    HttpResponse<String> second = apiPost(intake, "/api/v1/referrals", referralJson(area.id()));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    String firstReference = json(first).get("reference").asString();
    String secondReference = json(second).get("reference").asString();
    assertThat(firstReference).matches(area.code() + "-\\d{4}");
    assertThat(secondReference).matches(area.code() + "-\\d{4}");
    assertThat(number(secondReference)).isGreaterThan(number(firstReference));
    assertThat(first.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/cases/" + firstReference));

    HttpResponse<String> eastwick =
        apiPost(manager, "/api/v1/referrals", referralJson(otherArea.id()));
    assertThat(eastwick.statusCode()).isEqualTo(201);
    assertThat(json(eastwick).get("reference").asString()).matches(otherArea.code() + "-\\d{4}");
  }

  @Test
  void fieldsWithCrossFieldRulesAreKeptAsSent() {
    String body =
        AReferral.in(area.id())
            .fromOtherSource("Invented hub")
            .sharedOnOtherBasis("Invented")
            .referrerEmailOnly("referrer@example.org")
            .json();
    String reference = create(intake, body);

    JsonNode detail = json(apiGet(intake, "/api/v1/cases/" + reference));
    assertThat(detail.get("referralSourceOther").asString()).isEqualTo("Invented hub");
    assertThat(detail.get("sharingBasisDetail").asString()).isEqualTo("Invented");
    assertThat(detail.get("referrerEmail").asString()).isEqualTo("referrer@example.org");

    String withPhone = create(intake, referralJson(area.id()));
    assertThat(json(apiGet(intake, "/api/v1/cases/" + withPhone)).get("referrerPhone").asString())
        .isEqualTo("07700 900001");

    HttpResponse<String> referredOn =
        apiPost(
            intake,
            "/api/v1/cases/" + reference + "/triage",
            "{\"outcome\": \"INAPPROPRIATE_REFERRED_ON\", \"referredOnTo\": \"Invented service\","
                + " \"version\": 0}");
    assertThat(referredOn.statusCode()).as(referredOn.body()).isEqualTo(200);
    assertThat(json(referredOn).get("status").asString()).isEqualTo("REFERRED_ON");
    assertThat(json(apiGet(intake, "/api/v1/cases/" + reference)).get("referredOnTo").asString())
        .isEqualTo("Invented service");
  }

  @Test
  void anInvalidReferralIsRefusedNamingEveryInvalidField() {
    String body =
        """
        {"areaId": %d, "referralSource": "POLICE", "referrerName": "Robin Casefield",
         "reason": "Invented test referral", "referredOn": "%s",
         "manGivenName": "Testy", "manFamilyName": " ",
         "partners": [{"relationship": "CURRENT", "givenName": "Jo", "phone": "not a phone"}],
         "sharingBasis": "CONSENT"}
        """
            .formatted(area.id(), clock.today().minusDays(1));

    HttpResponse<String> response = apiPost(intake, "/api/v1/referrals", body);

    assertProblem(response, 400);
    assertThat(errorFields(response))
        .contains("manFamilyName", "partners[0].phone", "referrerPhone")
        .doesNotContain("manGivenName", "reason", "areaId");
    assertThat(response.body()).doesNotContain("not a phone");
  }

  @Test
  void malformedJsonIsRefusedWithoutEchoingTheInput() {
    String secret = marker("malformed");
    HttpResponse<String> truncated =
        apiPost(intake, "/api/v1/referrals", "{\"areaId\": 1, \"manGivenName\": \"" + secret);
    HttpResponse<String> wrongType =
        apiPost(
            intake,
            "/api/v1/referrals",
            "{\"areaId\": \"" + secret + "\", \"referredOn\": \"" + secret + "\"}");

    for (HttpResponse<String> response : List.of(truncated, wrongType)) {
      assertProblem(response, 400);
      assertThat(response.body()).doesNotContain(secret);
    }
  }

  @Test
  void aReferralInAnAreaTheUserDoesNotCoverIsRefused() {
    HttpResponse<String> response =
        apiPost(intake, "/api/v1/referrals", referralJson(otherArea.id()));

    assertProblem(response, 400);
    assertThat(errorFields(response)).containsExactly("areaId");
  }

  // --- partner-support tasks ---

  @Test
  void eachPartnerNamedGetsOneOpenLetterAndPackTask() {
    String body = AReferral.in(area.id()).andFormerPartner("Sam", null, "07700 900004").json();
    String reference = create(intake, body);

    List<Long> partners =
        jdbc.sql(
                "SELECT p.id FROM partner p JOIN referral r ON r.id = p.referral_id"
                    + " WHERE r.reference = :r ORDER BY p.id")
            .param("r", reference)
            .query(Long.class)
            .list();
    assertThat(partners).hasSize(2);
    for (Long partner : partners) {
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM partner_support_task WHERE partner_id = :p"
                          + " AND kind = 'SEND_LETTER_AND_PACK' AND completed_at IS NULL")
                  .param("p", partner)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
    assertThat(tasksOf(reference)).isEqualTo(2);
  }

  @Test
  void aReferralWithoutPartnersMakesNoTask() {
    String body = AReferral.in(area.id()).withoutPartners().json();
    String reference = create(intake, body);

    assertThat(tasksOf(reference)).isZero();
  }

  // --- lists and cases ---

  @Test
  void theCaseListIsPaged() {
    for (int i = 0; i < 18; i++) {
      create(intake, referralJson(area.id()));
    }
    JsonNode first = json(apiGet(intake, "/api/v1/cases?page=0&size=5"));
    JsonNode second = json(apiGet(intake, "/api/v1/cases?page=1&size=5"));

    assertThat(first.get("size").asInt()).isEqualTo(5);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("items").size()).isEqualTo(5);
    assertThat(first.get("total").asLong()).isEqualTo(18);
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("items").size()).isEqualTo(5);
    assertThat(references(second)).doesNotContainAnyElementsOf(references(first));
    assertThat(references(first)).allMatch(r -> r.startsWith(area.code() + "-"));
  }

  @Test
  void theWholeCaseShowsPartnersOnlyToPartnerSupportAndManagers() {
    String partnerName = marker("Partner");
    String partnerPhone = "07700 900123";
    String reference =
        create(
            intake,
            referralJson(
                area.id(),
                partnerName,
                "Wallflower",
                partnerPhone,
                "wall@example.org",
                "2 Hidden Way, Fictionton",
                "Tuesdays"));

    for (TestArea.User user :
        List.of(area.user(Role.PARTNER_SUPPORT_WORKER), area.user(Role.SERVICE_MANAGER))) {
      HttpResponse<String> response = apiGet(user.token(), "/api/v1/cases/" + reference);
      assertThat(response.statusCode()).as(user.username()).isEqualTo(200);
      JsonNode detail = json(response);
      assertThat(detail.get("reference").asString()).isEqualTo(reference);
      assertThat(detail.get("partners").size()).as(user.username()).isEqualTo(1);
      assertThat(detail.get("partners").get(0).get("givenName").asString()).isEqualTo(partnerName);
      assertThat(detail.get("partnersRecorded").asInt()).isEqualTo(1);
    }
    for (TestArea.User user :
        List.of(
            area.user(Role.INTAKE),
            area.user(Role.PERPETRATOR_WORKER),
            area.user(Role.CHILDRENS_WORKER))) {
      HttpResponse<String> response = apiGet(user.token(), "/api/v1/cases/" + reference);
      assertThat(response.statusCode()).as(user.username()).isEqualTo(200);
      JsonNode detail = json(response);
      assertThat(detail.get("reference").asString()).isEqualTo(reference);
      assertThat(detail.get("manFamilyName").asString()).isEqualTo("Mctestface");
      assertThat(detail.get("children").size()).isEqualTo(1);
      assertThat(detail.has("partners")).as(user.username()).isFalse();
      assertThat(detail.get("partnersRecorded").asInt()).as(user.username()).isEqualTo(1);
      assertThat(response.body())
          .as(user.username())
          .doesNotContain(partnerName, partnerPhone, "wall@example.org", "Hidden Way");
    }
  }

  // --- triage ---

  @Test
  void triageChangesTheStatusAndAStaleVersionIsAConflict() {
    String reference = create(intake, referralJson(area.id()));
    JsonNode before = json(apiGet(intake, "/api/v1/cases/" + reference));
    assertThat(before.get("status").asString()).isEqualTo("AWAITING_TRIAGE");
    int version = before.get("version").asInt();
    String triage =
        """
        {"outcome": "APPROPRIATE_FOR_ASSESSMENT", "notes": "Invented", "version": %d}
        """
            .formatted(version);

    HttpResponse<String> decided =
        apiPost(intake, "/api/v1/cases/" + reference + "/triage", triage);

    assertThat(decided.statusCode()).isEqualTo(200);
    assertThat(json(decided).get("status").asString()).isEqualTo("AWAITING_ASSESSMENT");
    JsonNode after = json(apiGet(intake, "/api/v1/cases/" + reference));
    assertThat(after.get("status").asString()).isEqualTo("AWAITING_ASSESSMENT");
    assertThat(after.get("triageOutcome").asString()).isEqualTo("APPROPRIATE_FOR_ASSESSMENT");
    assertThat(after.get("version").asInt()).isGreaterThan(version);

    HttpResponse<String> stale = apiPost(intake, "/api/v1/cases/" + reference + "/triage", triage);

    assertProblem(stale, 409);
  }

  @Test
  void referringOnWithoutSayingWhereIsRefused() {
    String reference = create(intake, referralJson(area.id()));

    HttpResponse<String> response =
        apiPost(
            intake,
            "/api/v1/cases/" + reference + "/triage",
            "{\"outcome\": \"INAPPROPRIATE_REFERRED_ON\", \"version\": 0}");

    assertProblem(response, 400);
    assertThat(errorFields(response)).contains("referredOnTo");
    assertThat(json(apiGet(intake, "/api/v1/cases/" + reference)).get("status").asString())
        .isEqualTo("AWAITING_TRIAGE");
  }

  // --- who may see what ---

  @Test
  void aCaseOutsideTheUsersAreasIsNotFoundAndNotListed() {
    String reference = create(intake, referralJson(area.id()));
    create(otherArea.token(Role.INTAKE), referralJson(otherArea.id()));
    String eastwick = otherArea.token(Role.PERPETRATOR_WORKER);

    HttpResponse<String> response = apiGet(eastwick, "/api/v1/cases/" + reference);

    assertProblem(response, 404);
    JsonNode list = json(apiGet(eastwick, "/api/v1/cases?size=100"));
    assertThat(list.get("items").size()).isPositive();
    List<String> areaCodes = new ArrayList<>();
    list.get("items").forEach(i -> areaCodes.add(i.get("areaCode").asString()));
    assertThat(areaCodes).containsOnly(otherArea.code());
    assertThat(references(list)).noneMatch(r -> r.startsWith(area.code() + "-"));
    assertThat(
            json(apiGet(eastwick, "/api/v1/cases?size=100&q=" + reference)).get("total").asLong())
        .isZero();
  }

  @Test
  void aCommissionerMayNotListCases() {
    assertProblem(apiGet(area.token(Role.COMMISSIONER), "/api/v1/cases"), 403);
  }

  @Test
  void noTokenOrAGarbageTokenIsUnauthorised() {
    HttpResponse<String> none =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/cases"))
                .header("Accept", "application/json")
                .GET()
                .build());
    assertProblem(none, 401);

    assertProblem(apiGet("tdm_not_a_real_token_at_all", "/api/v1/cases"), 401);
    assertProblem(apiGet("garbage", "/api/v1/cases"), 401);
    assertThat(apiPost("tdm_not_a_real_token", "/api/v1/referrals", referralJson(1)).statusCode())
        .isEqualTo(401);
  }

  // --- helpers ---

  private String create(String token, String body) {
    HttpResponse<String> response = apiPost(token, "/api/v1/referrals", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("reference").asString();
  }

  private long areaId(String code) {
    return jdbc.sql("SELECT id FROM area WHERE code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private long tasksOf(String reference) {
    return jdbc.sql(
            """
            SELECT count(*) FROM partner_support_task t JOIN referral r ON r.id = t.referral_id
            WHERE r.reference = :r AND t.kind = 'SEND_LETTER_AND_PACK' AND t.completed_at IS NULL
            """)
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private static int number(String reference) {
    return Integer.parseInt(reference.substring(reference.indexOf('-') + 1));
  }

  private static List<String> references(JsonNode page) {
    List<String> references = new ArrayList<>();
    page.get("items").forEach(i -> references.add(i.get("reference").asString()));
    return references;
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    JsonNode errors = json(response).get("errors");
    assertThat(errors).as("errors in " + response.body()).isNotNull();
    errors.forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json(response).get("status").asInt()).isEqualTo(status);
    assertThat(json(response).has("title")).isTrue();
  }

  @Test
  void theWaitingListHoldsOnlyThoseNotYetSeenLongestWaitFirst() {
    for (int daysAgo : new int[] {10, 3, 20}) {
      create(intake, AReferral.in(area.id()).referredOn(clock.today().minusDays(daysAgo)).json());
    }
    String triaged = create(intake, referralJson(area.id()));
    HttpResponse<String> decided =
        apiPost(
            intake,
            "/api/v1/cases/" + triaged + "/triage",
            "{\"outcome\": \"APPROPRIATE_FOR_ASSESSMENT\", \"version\": 0}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    JsonNode page = json(apiGet(intake, "/api/v1/waiting-list?size=100"));
    assertThat(page.get("total").asLong()).isEqualTo(4);
    java.util.List<String> referred = new java.util.ArrayList<>();
    for (JsonNode item : page.get("items")) {
      assertThat(item.get("status").asText()).isIn("AWAITING_TRIAGE", "AWAITING_ASSESSMENT");
      assertThat(item.get("daysWaited").asLong()).isNotNegative();
      referred.add(item.get("referredOn").asText());
    }
    assertThat(referred).isSorted();
  }
}
