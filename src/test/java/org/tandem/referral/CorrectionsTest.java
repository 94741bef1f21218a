package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rectification of his details and a child's: a correction keeps what each detail held, who changed
 * it, when and why, and shows that history on his case; a correction without a reason, or made from
 * a version someone has since changed, saves nothing; only intake and managers correct.
 */
class CorrectionsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea area;
  private Family family;
  private String corrections;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    family = newFamily(area);
    corrections = family.path() + "/corrections";
  }

  private int version() {
    return family.detail().get("version").asInt();
  }

  private static String his(String phone, String reason, int version) {
    return """
        {"givenName": "Testy", "familyName": "Mctestface", "phone": "%s",
         "address": "2 Invented Road, Fictionton", "interpreterNeeded": false,
         "reason": %s, "version": %d}
        """
        .formatted(phone, reason == null ? "null" : "\"" + reason + "\"", version);
  }

  private long amendments() {
    return jdbc.sql(
            "SELECT count(*) FROM case_amendment a JOIN referral r ON r.id = a.referral_id"
                + " WHERE r.reference = :r")
        .param("r", family.reference())
        .query(Long.class)
        .single();
  }

  @Test
  void aCorrectionKeepsTheOriginalWithWhoWhenAndWhy() {
    HttpResponse<String> corrected =
        apiPost(
            area.token(Role.INTAKE),
            corrections,
            his("07700 900111", "Invented: he gave a new number", version()));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);

    JsonNode detail = family.detail();
    assertThat(detail.get("manPhone").asString()).isEqualTo("07700 900111");
    assertThat(detail.get("manAddress").asString()).isEqualTo("2 Invented Road, Fictionton");

    JsonNode history =
        JSON.readTree(apiGet(area.token(Role.PERPETRATOR_WORKER), corrections).body());
    assertThat(history).hasSize(2);
    Map<String, JsonNode> byDetail = new HashMap<>();
    history.forEach(a -> byDetail.put(a.get("detail").asString(), a));
    JsonNode phone = byDetail.get("PHONE");
    assertThat(phone.get("before").asString()).isEqualTo("07700 900002");
    assertThat(phone.get("after").asString()).isEqualTo("07700 900111");
    assertThat(phone.get("reason").asString()).isEqualTo("Invented: he gave a new number");
    assertThat(phone.get("amendedBy").asString()).isEqualTo(area.user(Role.INTAKE).username());
    assertThat(phone.get("amendedAt").asString()).isNotBlank();
    assertThat(byDetail.get("ADDRESS").has("before")).as("no address was held").isFalse();

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r"
                        + " AND action = 'UPDATE' AND what = 'his details, corrected'")
                .param("r", family.reference())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // His case page shows the history to everyone who may open the case.
    String page =
        signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/cases/" + family.reference()).body();
    assertThat(page)
        .contains("Corrections to his and the children’s details")
        .contains("07700 900002")
        .contains("Invented: he gave a new number")
        .doesNotContain("Correct his details</a>");
  }

  @Test
  void aReasonIsRequiredAndNothingIsSavedWithoutOne() {
    HttpResponse<String> refused =
        apiPost(area.token(Role.INTAKE), corrections, his("07700 900111", null, version()));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"reason\"").contains("Enter why his details");
    HttpResponse<String> blank =
        apiPost(area.token(Role.INTAKE), corrections, his("07700 900111", "  ", version()));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(family.detail().get("manPhone").asString()).isEqualTo("07700 900002");
    assertThat(amendments()).isZero();
  }

  @Test
  void aCorrectionFromAStaleVersionIsRefusedWithoutOverwriting() {
    int read = version();
    String token = area.token(Role.SERVICE_MANAGER);
    assertThat(apiPost(token, corrections, his("07700 900111", "First", read)).statusCode())
        .isEqualTo(201);
    HttpResponse<String> stale = apiPost(token, corrections, his("07700 900222", "Second", read));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(family.detail().get("manPhone").asString()).isEqualTo("07700 900111");
    assertThat(amendments()).isEqualTo(2);
  }

  @Test
  void aCorrectionThatChangesNothingIsRefused() {
    HttpResponse<String> same =
        apiPost(
            area.token(Role.INTAKE),
            corrections,
            """
            {"givenName": "Testy", "familyName": "Mctestface", "phone": "07700 900002",
             "interpreterNeeded": false, "reason": "Nothing", "version": %d}
            """
                .formatted(version()));
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(same.body()).contains("Change at least one detail");
  }

  @Test
  void onlyIntakeAndManagersCorrectHisDetails() {
    for (Role role :
        new Role[] {Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER, Role.PARTNER_SUPPORT_WORKER}) {
      assertThat(
              apiPost(area.token(role), corrections, his("07700 900111", "x", version()))
                  .statusCode())
          .as(role.name())
          .isEqualTo(403);
      assertThat(
              signedIn(area.user(role))
                  .get("/cases/" + family.reference() + "/correction")
                  .statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
    assertThat(amendments()).isZero();
  }

  @Test
  void aChildsAgeIsCorrectedKeepingTheOriginal() {
    long child = family.child(0);
    String token = area.token(Role.INTAKE);
    JsonNode children =
        JSON.readTree(
            apiGet(area.token(Role.CHILDRENS_WORKER), family.path() + "/children").body());
    JsonNode first = children.get("children").get(0);
    int age = first.get("ageYears").asInt();
    String path = family.path() + "/children/" + child + "/corrections";
    String body =
        """
        {"givenName": %s, "ageYears": %d, "reason": "Invented: the referrer gave the wrong age",
         "version": %d}
        """
            .formatted(
                first.get("givenName").isNull()
                    ? "null"
                    : "\"" + first.get("givenName").asString() + "\"",
                age + 1,
                first.get("version").asInt());
    HttpResponse<String> corrected = apiPost(token, path, body);
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    JsonNode amendment = JSON.readTree(corrected.body()).get(0);
    assertThat(amendment.get("childId").asLong()).isEqualTo(child);
    assertThat(amendment.get("detail").asString()).isEqualTo("AGE");
    assertThat(amendment.get("before").asString()).isEqualTo(String.valueOf(age));
    assertThat(amendment.get("after").asString()).isEqualTo(String.valueOf(age + 1));
    assertThat(apiPost(token, path, body).statusCode()).as("the same version again").isEqualTo(409);
    assertThat(apiPost(token, family.path() + "/children/999999999/corrections", body).statusCode())
        .isEqualTo(404);
  }

  @Test
  void thePageKeepsWhatWasTypedShowsProblemsBesideFieldsAndRefusesAStaleForm() {
    PageSession session = signedIn(area.user(Role.INTAKE));
    String form = "/cases/" + family.reference() + "/correction";
    HttpResponse<String> opened = session.get(form);
    assertThat(opened.body()).contains("Correct his details").contains("value=\"07700 900002\"");
    Map<String, String> fields = new HashMap<>();
    fields.put("_csrf", PageSession.csrf(opened));
    fields.put("version", String.valueOf(version()));
    fields.put("givenName", "Testy");
    fields.put("familyName", "Mctestface");
    fields.put("phone", "07700 900333");
    fields.put("dateOfBirth.day", "");
    fields.put("dateOfBirth.month", "");
    fields.put("dateOfBirth.year", "");
    fields.put("reason", "");

    HttpResponse<String> noReason = session.post(form, fields);
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body())
        .contains("<title>Error: Correct his details")
        .contains("id=\"reason-error\"")
        .contains("Enter why his details are being corrected")
        .contains("value=\"07700 900333\"");

    fields.put("reason", "Invented: he moved phone");
    HttpResponse<String> saved = session.post(form, fields);
    assertThat(saved.statusCode()).isEqualTo(302);
    String casePage = session.get("/cases/" + family.reference()).body();
    assertThat(casePage)
        .contains("His details corrected")
        .contains("Invented: he moved phone")
        .contains("07700 900333");

    fields.put("phone", "07700 900444");
    HttpResponse<String> stale = session.post(form, fields);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone else changed these details")
        .contains("value=\"07700 900444\"");
    assertThat(family.detail().get("manPhone").asString()).isEqualTo("07700 900333");
  }
}
