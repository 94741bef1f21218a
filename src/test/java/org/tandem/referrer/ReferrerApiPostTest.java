package org.tandem.referrer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An agency's system refers through the API with only what it knows of him and his family: the
 * area, the source and the referrer come from the referrer's account, so a body that sends them (or
 * any field a referral does not have) is refused, each named, in the reader's language, and nothing
 * is saved. What is sent is what is used, and the API's description says so.
 */
class ReferrerApiPostTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final String REFERRALS = "/api/v1/referrer/referrals";

  @Autowired private Accounts accounts;
  @Autowired private ApiTokens tokens;

  @Test
  void aReferralSendingAnotherAreaSourceAndReferrerIsRefusedNamingEachAndNothingIsSaved() {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    TestArea elsewhere = newArea();
    String family = TestData.marker("family");
    // Intake's referral, as an integrator who read intake's schema would send it.
    String intakes =
        AReferral.in(elsewhere)
            .with("manFamilyName", family)
            .fromOtherSource("Invented housing association")
            .with("referrerName", "Someone Else")
            .with("referrerOrganisation", "Another Agency")
            .with("referrerEmail", "someone.else@example.org")
            .json();

    HttpResponse<String> refused = post(referrer.token(), "en", intakes);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    Map<String, String> errors = errors(refused);
    assertThat(errors)
        .containsOnlyKeys(OnlineReferrers.WHO_REFERRED)
        .containsEntry(
            "areaId",
            "Leave out the area: your referrals go to the area you were invited to refer to")
        .containsEntry(
            "referralSource",
            "Leave out who referred him: it is your organisation, from your account")
        .containsEntry("referralSourceOther", errors.get("referralSource"))
        .containsEntry(
            "referrerName",
            "Leave out the referrer's details: the referrer is you, with your name, organisation"
                + " and email address from your account");
    assertThat(refused.body()).doesNotContain("Someone Else", "someone.else", family);
    assertThat(
            jdbc.sql("SELECT count(*) FROM referral WHERE man_family_name = :family")
                .param("family", family)
                .query(Long.class)
                .single())
        .as("nothing saved, in either area")
        .isZero();
  }

  @Test
  void eachFieldOfWhoReferredIsRefusedOnItsOwnEvenEmpty() {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    ObjectNode good = referral(area);

    for (String field : OnlineReferrers.WHO_REFERRED) {
      ObjectNode sent = good.deepCopy();
      sent.putNull(field);
      HttpResponse<String> refused = post(referrer.token(), "en", sent.toString());
      assertThat(refused.statusCode()).as(field).isEqualTo(400);
      assertThat(errors(refused)).as(field).containsOnlyKeys(field);
    }
  }

  @Test
  void aFieldAReferralDoesNotHaveIsRefusedNamedWhereverItIs() {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    ObjectNode sent = referral(area);
    sent.put("manNickname", "Invented");
    ((ObjectNode) sent.get("partners").get(0)).put("areaId", area.id());
    ((ObjectNode) sent.get("children").get(0)).put("school", "Invented Primary");
    sent.put("not a name: 07700 900123", "x");

    HttpResponse<String> refused = post(referrer.token(), "en", sent.toString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errors(refused))
        .containsOnlyKeys("manNickname", "partners[0].areaId", "children[0].school", "")
        .containsEntry(
            "manNickname", "A referral has no field of this name; see the API documentation")
        .containsEntry(
            "", "A field has a name a referral does not have; see the API documentation");
    // A name that is no field's is not repeated: the caller chose it and it could be anything.
    assertThat(refused.body()).doesNotContain("07700 900123");
  }

  @Test
  void everyProblemIsAnsweredAtOnceAndAValueOfTheWrongTypeIsNamed() {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    ObjectNode sent = referral(area);
    sent.put("areaId", area.id());
    sent.put("manFamilyName", "");

    assertThat(errors(post(referrer.token(), "en", sent.toString())))
        .containsOnlyKeys("areaId", "manFamilyName")
        .containsEntry("manFamilyName", "Enter his family name");

    ObjectNode badDate = referral(area);
    badDate.put("referredOn", "last Tuesday");
    HttpResponse<String> refused = post(referrer.token(), "en", badDate.toString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(errors(refused)).containsOnlyKeys("referredOn");
    assertThat(refused.body()).doesNotContain("last Tuesday");

    assertThat(errors(post(referrer.token(), "en", "[]"))).containsOnlyKeys("");
  }

  @Test
  void aGoodReferralLandsInTheReferrersOwnAreaAsTheirAgencys() {
    TestArea area = newArea();
    TestArea.User police = OnlineReferrers.atAnotherAgency(accounts, tokens, jdbc, area, "POLICE");

    HttpResponse<String> made = post(police.token(), "en", referral(area).toString());

    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    String reference = JSON.readTree(made.body()).get("reference").asString();
    Map<String, Object> row =
        jdbc.sql(
                """
                SELECT area_id, status, referral_source, referrer_name, referrer_organisation,
                       referrer_email, referrer_phone
                FROM referral WHERE reference = :ref
                """)
            .param("ref", reference)
            .query()
            .singleRow();
    assertThat(((Number) row.get("area_id")).longValue()).isEqualTo(area.id());
    assertThat(row.get("status")).isEqualTo("AWAITING_TRIAGE");
    assertThat(row.get("referral_source")).isEqualTo("POLICE");
    assertThat(row.get("referrer_name")).isEqualTo(police.displayName());
    assertThat((String) row.get("referrer_organisation")).startsWith("Invented agency ");
    assertThat(row.get("referrer_email")).isEqualTo(police.username() + "@example.org");
    assertThat(row.get("referrer_phone")).isNull();
    assertThat(signedIn(area.user(Role.INTAKE)).get("/cases?q=" + reference).body())
        .contains(reference);
  }

  @Test
  void aWelshReaderIsToldInWelsh() {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    ObjectNode sent = referral(area);
    sent.put("areaId", area.id());
    sent.put("referrerName", "Invented");
    sent.put("manNickname", "Invented");
    sent.put("referredOn", "last Tuesday");

    HttpResponse<String> welsh = post(referrer.token(), "cy", sent.toString());

    assertThat(welsh.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(welsh.body()).get("title").asString()).isEqualTo("Cais annilys");
    assertThat(errors(welsh))
        .containsOnlyKeys("areaId", "referrerName", "manNickname", "referredOn")
        .containsEntry(
            "areaId",
            "Gadewch yr ardal allan: mae eich atgyfeiriadau'n mynd i'r ardal y cawsoch eich"
                + " gwahodd i atgyfeirio iddi")
        .containsEntry(
            "referrerName",
            "Gadewch fanylion yr atgyfeiriwr allan: chi yw'r atgyfeiriwr, gyda'ch enw, eich"
                + " sefydliad a'ch cyfeiriad e-bost o'ch cyfrif")
        .containsEntry(
            "manNickname", "Does gan atgyfeiriad ddim maes o'r enw hwn; gweler dogfennaeth yr API")
        .containsEntry(
            "referredOn",
            "Mae o'r math neu'r fformat anghywir; gweler dogfennaeth yr API (mae dyddiadau ar"
                + " ffurf YYYY-MM-DD)");
    assertThat(welsh.body()).doesNotContain("Leave out", "A referral has", "wrong type");

    ObjectNode empty = referral(area);
    empty.put("referrerEmail", "someone@example.org");
    empty.put("manFamilyName", "");
    assertThat(errors(post(referrer.token(), "cy", empty.toString())))
        .containsEntry("manFamilyName", "Rhowch ei gyfenw");
  }

  @Test
  void theApiDocsDescribeWhatAReferrerSendsAndNothingElse() {
    TestArea area = newArea();
    JsonNode docs = JSON.readTree(apiGet(area.token(Role.REFERRER), "/v3/api-docs").body());
    JsonNode body = docs.get("paths").get(REFERRALS).get("post").get("requestBody").get("content");
    assertThat(body.get("application/json").get("schema").get("$ref").asString())
        .isEqualTo("#/components/schemas/ReferrerReferral");

    JsonNode schemas = docs.get("components").get("schemas");
    JsonNode theirs = schemas.get("ReferrerReferral");
    JsonNode intakes = schemas.get("NewReferral");
    List<String> expected = new ArrayList<>(intakes.get("properties").propertyNames());
    expected.removeAll(OnlineReferrers.WHO_REFERRED);
    assertThat(theirs.get("properties").propertyNames())
        .as("intake's fields without who referred")
        .containsExactlyInAnyOrderElementsOf(expected);
    for (String field : expected) {
      assertThat(theirs.get("properties").get(field))
          .as("%s is described as intake's is", field)
          .isEqualTo(intakes.get("properties").get(field));
    }
    List<String> required = new ArrayList<>();
    intakes.get("required").forEach(r -> required.add(r.asString()));
    required.removeAll(OnlineReferrers.WHO_REFERRED);
    List<String> theirsRequired = new ArrayList<>();
    theirs.get("required").forEach(r -> theirsRequired.add(r.asString()));
    assertThat(theirsRequired).containsExactlyInAnyOrderElementsOf(required);
    assertThat(theirs.get("additionalProperties").asBoolean(true))
        .as("a field not listed is refused")
        .isFalse();
  }

  private static ObjectNode referral(TestArea area) {
    return (ObjectNode)
        JSON.readTree(OnlineReferrers.asAReferrerSendsIt(AReferral.in(area).json()));
  }

  /** Each problem's field and message, as the caller reads them. */
  private static Map<String, String> errors(HttpResponse<String> refused) {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Map<String, String> errors = new LinkedHashMap<>();
    JSON.readTree(refused.body())
        .get("errors")
        .forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
    return errors;
  }

  /** An API POST from a caller whose browser chose this language. */
  private HttpResponse<String> post(String token, String language, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + REFERRALS))
            .header("Authorization", "Bearer " + token)
            .header("Cookie", "tandem-language=" + language)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
