package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.encryption.FieldEncryption;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rectification of her details, behind the wall: a correction keeps what each detail held, who
 * changed it, when and why, on her record; what it keeps, and her new details, are sealed in the
 * database; a correction without a reason or from a stale version saves nothing; and a change of
 * her safe contact times on her wishes page is kept as an amendment too.
 */
class HerCorrectionsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Autowired private FieldEncryption encryption;

  private TestArea area;
  private Family family;
  private String record;
  private String token;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    family = newFamily(area);
    record = family.path() + "/partners/" + family.partner(0);
    token = area.token(Role.PARTNER_SUPPORT_WORKER);
  }

  private int version() {
    return JSON.readTree(apiGet(token, record).body()).get("version").asInt();
  }

  private static String hers(String address, String reason, int version) {
    return """
        {"givenName": "Jo", "familyName": "Testington", "phone": "07700 900003",
         "email": "jo@example.org", "address": "%s", "safeContactTimes": "Weekdays after 10am",
         "reason": %s, "version": %d}
        """
        .formatted(address, reason == null ? "null" : "\"" + reason + "\"", version);
  }

  private List<Map<String, Object>> storedAmendments() {
    return jdbc.sql(
            "SELECT field, value_before, value_after, reason, amended_by FROM partner_amendment"
                + " WHERE partner_id = :p")
        .param("p", family.partner(0))
        .query()
        .listOfRows();
  }

  @Test
  void aCorrectionKeepsTheOriginalSealedAndShowsItOnHerRecord() {
    HttpResponse<String> corrected =
        apiPost(
            token,
            record + "/corrections",
            hers("3 Invented Close, Fictionton", "Invented: she moved", version()));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    JsonNode amendment = JSON.readTree(corrected.body()).get(0);
    assertThat(amendment.get("detail").asString()).isEqualTo("ADDRESS");
    assertThat(amendment.get("before").asString()).isEqualTo("1 Imaginary Lane, Fictionton");
    assertThat(amendment.get("after").asString()).isEqualTo("3 Invented Close, Fictionton");
    assertThat(amendment.get("reason").asString()).isEqualTo("Invented: she moved");
    assertThat(amendment.get("amendedBy").asString())
        .isEqualTo(area.user(Role.PARTNER_SUPPORT_WORKER).username());

    // In the database, what the amendment keeps and her new address are sealed.
    List<Map<String, Object>> rows = storedAmendments();
    assertThat(rows).hasSize(1);
    for (String column : List.of("field", "value_before", "value_after", "reason")) {
      if (!column.equals("field")) {
        assertThat((String) rows.get(0).get(column)).as(column).startsWith("enc:v1:");
      }
    }
    assertThat(encryption.open((String) rows.get(0).get("value_before")))
        .isEqualTo("1 Imaginary Lane, Fictionton");
    String address =
        jdbc.sql("SELECT address FROM partner WHERE id = :p")
            .param("p", family.partner(0))
            .query(String.class)
            .single();
    assertThat(address).startsWith("enc:v1:");
    assertThat(encryption.open(address)).isEqualTo("3 Invented Close, Fictionton");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r"
                        + " AND action = 'UPDATE' AND what = 'partner details, corrected'")
                .param("r", family.reference())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    for (Role role : List.of(Role.PARTNER_SUPPORT_WORKER, Role.SERVICE_MANAGER)) {
      String page =
          signedIn(area.user(role))
              .get("/cases/" + family.reference() + "/partners/" + family.partner(0))
              .body();
      assertThat(page)
          .as(role.name())
          .contains("Corrections to her details")
          .contains("1 Imaginary Lane, Fictionton")
          .contains("Invented: she moved");
      assertThat(apiGet(area.token(role), record + "/corrections").body())
          .contains("Invented: she moved");
    }
  }

  @Test
  void sheIsFoundByHerCorrectedNumberAndNoLongerByTheOldOne() {
    String her = "\"partnerId\":" + family.partner(0) + ",";
    String before = apiGet(token, "/api/v1/partners?phone=07700900003").body();
    assertThat(before).as("found by her number before it is corrected").contains(her);
    HttpResponse<String> corrected =
        apiPost(
            token,
            record + "/corrections",
            hers("1 Imaginary Lane, Fictionton", "Invented: a new phone", version())
                .replace("07700 900003", "07700 900777"));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertThat(apiGet(token, "/api/v1/partners?phone=07700900777").body()).contains(her);
    assertThat(apiGet(token, "/api/v1/partners?phone=07700900003").body()).doesNotContain(her);
  }

  @Test
  void aReasonIsRequiredAndAStaleVersionIsRefusedSavingNothing() {
    int read = version();
    HttpResponse<String> noReason = apiPost(token, record + "/corrections", hers("x", null, read));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertThat(noReason.body()).doesNotContain("Imaginary");

    assertThat(
            apiPost(token, record + "/corrections", hers("4 Invented Way", "First", read))
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> stale =
        apiPost(token, record + "/corrections", hers("5 Invented Way", "Second", read));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("\"status\":409");
    assertThat(storedAmendments()).hasSize(1);
    String address =
        jdbc.sql("SELECT address FROM partner WHERE id = :p")
            .param("p", family.partner(0))
            .query(String.class)
            .single();
    assertThat(encryption.open(address)).isEqualTo("4 Invented Way");
  }

  @Test
  void thePageShowsProblemsBesideFieldsKeepingWhatWasTypedAndRefusesAStaleForm() {
    PageSession session = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String form = "/cases/" + family.reference() + "/partners/" + family.partner(0) + "/correction";
    HttpResponse<String> opened = session.get(form);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("Correct her details").contains("value=\"jo@example.org\"");
    Map<String, String> fields = new HashMap<>();
    fields.put("_csrf", PageSession.csrf(opened));
    fields.put("version", String.valueOf(version()));
    fields.put("givenName", "Jo");
    fields.put("familyName", "Testington");
    fields.put("phone", "07700 900003");
    fields.put("email", "not an email");
    fields.put("address", "6 Invented Row");
    fields.put("safeContactTimes", "Weekdays after 10am");
    fields.put("reason", "");

    HttpResponse<String> refused = session.post(form, fields);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<title>Error: Correct her details")
        .contains("id=\"reason-error\"")
        .contains("id=\"email-error\"")
        .contains("value=\"not an email\"")
        .contains("6 Invented Row");

    fields.put("email", "jo.t@example.org");
    fields.put("reason", "Invented: she gave a new email");
    assertThat(session.post(form, fields).statusCode()).isEqualTo(302);
    String her =
        session.get("/cases/" + family.reference() + "/partners/" + family.partner(0)).body();
    assertThat(her).contains("Her details corrected").contains("Invented: she gave a new email");

    fields.put("address", "7 Invented Row");
    HttpResponse<String> stale = session.post(form, fields);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone else changed these details")
        .contains("7 Invented Row");
    assertThat(storedAmendments()).hasSize(2);
  }

  @Test
  void aChangeOfHerSafeContactTimesOnHerWishesIsKeptAsAnAmendment() {
    HttpResponse<String> wishes =
        apiPut(
            token,
            record + "/wishes",
            """
            {"safeContactTimes": "Evenings only", "doNotContactBy": [], "consentToShare": true,
             "consentToAttendance": false, "version": %d}
            """
                .formatted(version()));
    assertThat(wishes.statusCode()).as(wishes.body()).isEqualTo(204);
    JsonNode history = JSON.readTree(apiGet(token, record + "/corrections").body());
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("detail").asString()).isEqualTo("SAFE_CONTACT_TIMES");
    assertThat(history.get(0).get("before").asString()).isEqualTo("Weekdays after 10am");
    assertThat(history.get(0).get("after").asString()).isEqualTo("Evenings only");
    assertThat(history.get(0).get("reason").asString())
        .isEqualTo("Changed with her wishes and consents");
  }
}
