package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search before create over the API: a man already known in the caller's areas is found though his
 * name is spelt differently and his phone written another way; another area's men never are; and
 * every case shown is recorded in the audit trail.
 */
class PossibleDuplicatesApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final LocalDate BORN = LocalDate.of(1986, 7, 23);

  @Test
  void aManAlreadyKnownIsFoundThoughSpeltAndWrittenDifferently() {
    TestArea area = newArea();
    String known = knownMan(area);
    newFamily(AReferral.in(area).with("manGivenName", "Desmond").with("manFamilyName", "Otterly"));
    String token = area.token(Role.INTAKE);

    JsonNode byName = matches(token, "givenName=Jonathon&familyName=Pemberton%20Smyth");
    JsonNode byNameAndBirth =
        matches(token, "givenName=Jonathon&familyName=Pemberton%20Smyth&dateOfBirth=" + BORN);
    JsonNode byPhone = matches(token, "phone=" + encode("+44 (0)7700 900321"));

    assertThat(references(byName)).containsExactly(known);
    assertThat(byName.get(0).get("alike").toString()).isEqualTo("[\"NAME\"]");
    assertThat(byName.get(0).get("strength").asString()).isEqualTo("POSSIBLE");
    assertThat(references(byNameAndBirth)).containsExactly(known);
    assertThat(byNameAndBirth.get(0).get("strength").asString()).isEqualTo("LIKELY");
    assertThat(byNameAndBirth.get(0).get("status").asString()).isEqualTo("AWAITING_TRIAGE");
    assertThat(references(byPhone)).containsExactly(known);
    assertThat(byPhone.get(0).get("alike").toString()).isEqualTo("[\"PHONE\"]");
    assertThat(matches(token, "givenName=Bartholomew&familyName=Quince")).isEmpty();
  }

  @Test
  void anotherAreasManIsNeverShown() {
    TestArea mine = newArea();
    TestArea theirs = newArea();
    knownMan(theirs);

    assertThat(
            matches(
                mine.token(Role.INTAKE),
                "givenName=Jonathan&familyName=Pemberton-Smythe&dateOfBirth=" + BORN))
        .isEmpty();
  }

  @Test
  void everyCaseShownIsRecordedInTheAuditTrail() {
    TestArea area = newArea();
    String known = knownMan(area);

    matches(area.token(Role.PERPETRATOR_WORKER), "dateOfBirth=" + BORN);

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = ? AND action = 'LIST'"
                        + " AND username = ?")
                .params(known, area.user(Role.PERPETRATOR_WORKER).username())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void nothingToSearchByIs400NamingTheField() {
    TestArea area = newArea();

    HttpResponse<String> nothing =
        apiGet(area.token(Role.INTAKE), "/api/v1/referrals/possible-duplicates?phone=12345");
    HttpResponse<String> badDate =
        apiGet(
            area.token(Role.INTAKE),
            "/api/v1/referrals/possible-duplicates?familyName=Smith&dateOfBirth=23/07/1986");

    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(nothing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(nothing.body()).contains("familyName", "his family name, his date of birth");
    assertThat(badDate.statusCode()).isEqualTo(400);
  }

  @Test
  void theCommissionerCannotSearchForMen() {
    TestArea area = newArea();

    assertThat(
            apiGet(
                    area.token(Role.COMMISSIONER),
                    "/api/v1/referrals/possible-duplicates?familyName=Smith")
                .statusCode())
        .isEqualTo(403);
  }

  private String knownMan(TestArea area) {
    return newFamily(
            AReferral.in(area)
                .with("manGivenName", "Jonathan")
                .with("manFamilyName", "Pemberton-Smythe")
                .with("manPhone", "07700 900321")
                .bornOn(BORN))
        .reference();
  }

  private JsonNode matches(String token, String query) {
    HttpResponse<String> answer = apiGet(token, "/api/v1/referrals/possible-duplicates?" + query);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("matches");
  }

  private static List<String> references(JsonNode matches) {
    List<String> references = new ArrayList<>();
    matches.forEach(m -> references.add(m.get("reference").asString()));
    return references;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
