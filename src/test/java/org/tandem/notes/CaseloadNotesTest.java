package org.tandem.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** His notes searched across every case in the worker's areas, and never another area's. */
class CaseloadNotesTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private void note(TestArea area, String reference, String text) {
    HttpResponse<String> created =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + reference + "/notes",
            """
            {"kind": "THIRD_PARTY", "happenedOn": "%s", "text": "%s", "restricted": false}
            """
                .formatted(clock.today(), text));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  @Test
  void aWordFindsTheNotesOnEveryCaseInMyAreasAndNoneElsewhere() {
    TestArea area = newArea();
    TestArea elsewhere = newArea();
    String word = "Zephyrine" + System.nanoTime();
    String first = newCase(area);
    String second = newCase(area);
    String theirs = newCase(elsewhere);
    note(area, first, "Invented: his probation officer " + word + " rang");
    note(area, second, "Invented: the housing officer mentioned " + word.toLowerCase());
    note(area, second, "Invented: nothing to find here");
    note(elsewhere, theirs, "Invented: " + word + " in another area");
    String token = area.token(Role.PERPETRATOR_WORKER);

    JsonNode found = JSON.readTree(apiGet(token, "/api/v1/notes?q=" + word).body());

    assertThat(found.get("total").asLong()).isEqualTo(2);
    List<String> references =
        found.get("items").valueStream().map(n -> n.get("reference").asString()).toList();
    assertThat(references).containsExactlyInAnyOrder(first, second);
    assertThat(found.get("items").get(0).get("text").asString()).containsIgnoringCase(word);
    assertThat(
            jdbc.sql(
                    "SELECT case_reference FROM audit_event WHERE username = :u"
                        + " AND what = 'case notes search' AND action = 'LIST'")
                .param("u", area.user(Role.PERPETRATOR_WORKER).username())
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder(first, second);

    PageSession session = signedIn(area.user(Role.INTAKE));
    String page = session.get("/notes?q=" + word).body();
    assertThat(page).contains("2 notes").contains(first).contains(second).doesNotContain(theirs);
  }

  @Test
  void aSearchTooShortIsRefusedBesideTheBoxAndACommissionerCannotSearch() {
    TestArea area = newArea();
    HttpResponse<String> api = apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/notes?q=a");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.body()).contains("\"q\"").contains("Enter at least 2 characters");

    String page = signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/notes?q=a").body();
    assertThat(page)
        .contains("Error: Search case notes")
        .contains("govuk-error-message")
        .contains("Enter at least 2 characters to search the notes for")
        .contains("value=\"a\"");
    assertThat(signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/notes").statusCode())
        .isEqualTo(200);

    assertThat(apiGet(area.token(Role.COMMISSIONER), "/api/v1/notes?q=word").statusCode())
        .isEqualTo(403);
  }

  @Test
  void herWorkerFindsHerNotesAcrossEveryWomansRecordInHerAreasAndNothingOfHis() {
    TestArea area = newArea();
    TestArea elsewhere = newArea();
    String word = "Marigoldine" + System.nanoTime();
    org.tandem.referral.Family one = newFamily(area);
    org.tandem.referral.Family other = newFamily(area);
    org.tandem.referral.Family theirs = newFamily(elsewhere);
    herNote(area, one, "Invented: she said " + word + " twice");
    herNote(area, other, "Invented: " + word + " again");
    herNote(elsewhere, theirs, "Invented: " + word + " in another area");
    note(area, one.reference(), "Invented: his note says " + word);
    String support = area.token(Role.PARTNER_SUPPORT_WORKER);

    JsonNode found = JSON.readTree(apiGet(support, "/api/v1/partner-notes?q=" + word).body());

    assertThat(found.get("total").asLong()).isEqualTo(2);
    assertThat(found.get("items").valueStream().map(n -> n.get("reference").asString()).toList())
        .containsExactlyInAnyOrder(one.reference(), other.reference());
    assertThat(found.get("items").valueStream().map(n -> n.get("partnerId").asLong()).toList())
        .containsExactlyInAnyOrder(one.partner(0), other.partner(0));
    String page =
        signedIn(area.user(Role.PARTNER_SUPPORT_WORKER))
            .get("/partner-support/notes?q=" + word)
            .body();
    assertThat(page)
        .contains("Search partner-support notes")
        .contains("/cases/" + one.reference() + "/partners/" + one.partner(0) + "/notes#note-")
        .doesNotContain(theirs.reference())
        .doesNotContain("his note says");
    assertThat(
            jdbc.sql(
                    "SELECT case_reference FROM audit_event WHERE username = :u"
                        + " AND what = 'partner notes search' AND action = 'LIST'")
                .param("u", area.user(Role.PARTNER_SUPPORT_WORKER).username())
                .query(String.class)
                .list())
        .contains(one.reference(), other.reference());
    // His search never finds what she said.
    JsonNode his =
        JSON.readTree(
            apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/notes?q=" + word).body());
    assertThat(his.get("total").asLong()).isOne();
  }

  private void herNote(TestArea area, org.tandem.referral.Family family, String text) {
    HttpResponse<String> created =
        apiPost(
            area.token(Role.PARTNER_SUPPORT_WORKER),
            "/api/v1/cases/" + family.reference() + "/partners/" + family.partner(0) + "/notes",
            """
            {"happenedOn": "%s", "text": "%s", "restricted": false}
            """
                .formatted(clock.today(), text));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }
}
