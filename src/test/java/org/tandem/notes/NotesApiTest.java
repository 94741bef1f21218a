package org.tandem.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notes on his case and on her record through the API: typed, dated, the author kept, a restricted
 * mark, corrections beside the original, search, paging, the timeline, the areas, the wall and the
 * audit trail.
 */
class NotesApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea area;
  private Family family;
  private String worker;
  private String notes;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    family = newFamily(area);
    worker = area.token(Role.PERPETRATOR_WORKER);
    notes = family.path() + "/notes";
  }

  private static LocalDate today() {
    return clock.today();
  }

  private String note(String kind, LocalDate on, String text, boolean restricted) {
    return """
        {"kind": %s, "happenedOn": %s, "text": %s, "restricted": %s}
        """
        .formatted(
            kind == null ? "null" : "\"" + kind + "\"",
            on == null ? "null" : "\"" + on + "\"",
            JSON.writeValueAsString(text),
            restricted);
  }

  private long add(String token, String path, String json) {
    HttpResponse<String> created = apiPost(token, path, json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).get("id").asLong();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(path + "/" + id));
    return id;
  }

  private JsonNode read(String token, String path) {
    HttpResponse<String> response = apiGet(token, path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void aNoteIsRecordedTypedDatedWithItsAuthorAndItsMark() {
    LocalDate yesterday = today().minusDays(1);
    long id =
        add(worker, notes, note("CONTACT", yesterday, "Invented: he phoned about his place", true));

    JsonNode read = read(worker, notes + "/" + id);
    assertThat(read.get("kind").asString()).isEqualTo("CONTACT");
    assertThat(read.get("happenedOn").asString()).isEqualTo(yesterday.toString());
    assertThat(read.get("text").asString()).isEqualTo("Invented: he phoned about his place");
    assertThat(read.get("restricted").asBoolean()).isTrue();
    assertThat(read.get("recordedBy").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());
    assertThat(read.get("revision").asInt()).as("never corrected").isZero();

    JsonNode page = read(area.token(Role.INTAKE), notes);
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
  }

  @Test
  void badInputIsRefusedWithAProblemForEachField() {
    HttpResponse<String> refused =
        apiPost(worker, notes, note(null, today().plusDays(1), " ", false));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(refused.body())
        .contains("Select what the note is about")
        .contains("The date it happened must be today or in the past")
        .contains("Enter the note");

    HttpResponse<String> tooLong =
        apiPost(worker, notes, note("CONTACT", today(), "x".repeat(10_001), false));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("10,000 characters or fewer");

    HttpResponse<String> unreadable =
        apiPost(worker, notes, "{\"kind\": \"GOSSIP\", \"happenedOn\": \"yesterday\"}");
    assertThat(unreadable.statusCode()).isEqualTo(400);

    HttpResponse<String> nul = apiPost(worker, notes, note("CONTACT", today(), "a\u0000b", false));
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(read(worker, notes).get("total").asLong()).isZero();
  }

  @Test
  void onlyAManagerRecordsAManagersNote() {
    HttpResponse<String> refused =
        apiPost(worker, notes, note("MANAGER", today(), "Invented", false));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Only a service manager can record a manager's note");
    add(area.token(Role.SERVICE_MANAGER), notes, note("MANAGER", today(), "Invented", false));
  }

  @Test
  void aCorrectionKeepsTheOriginalAndIsNeverSavedTwiceFromOneReading() {
    long id =
        add(worker, notes, note("THIRD_PARTY", today(), "Invented: probation said Tuesday", false));
    String correct =
        """
        {"text": "Invented: probation said Thursday", "reason": "Misheard the day", "basedOn": 0}
        """;
    HttpResponse<String> corrected = apiPost(worker, notes + "/" + id + "/corrections", correct);
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertThat(corrected.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(notes + "/" + id));

    JsonNode read = read(worker, notes + "/" + id);
    assertThat(read.get("text").asString()).isEqualTo("Invented: probation said Thursday");
    assertThat(read.get("originalText").asString()).isEqualTo("Invented: probation said Tuesday");
    assertThat(read.get("revision").asInt()).isEqualTo(1);
    JsonNode correction = read.get("corrections").get(0);
    assertThat(correction.get("reason").asString()).isEqualTo("Misheard the day");
    assertThat(correction.get("by").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());

    // A second correction from the same reading is refused: the first is not overwritten.
    HttpResponse<String> again = apiPost(worker, notes + "/" + id + "/corrections", correct);
    assertThat(again.statusCode()).isEqualTo(409);
    HttpResponse<String> noReason =
        apiPost(worker, notes + "/" + id + "/corrections", "{\"text\": \"x\", \"basedOn\": 1}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Say why the note is being corrected");

    // The note as first written is stored unchanged, and the database refuses to change it.
    assertThat(
            jdbc.sql("SELECT body FROM case_note WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("Invented: probation said Tuesday");
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE case_note SET body = 'overwritten' WHERE id = :id")
                    .param("id", id)
                    .update())
        .rootCause()
        .hasMessageContaining("case_note is never changed");
  }

  @Test
  void searchFindsNotesByTheirWordsNowAndBeforeCorrectionAndPages() {
    long first =
        add(
            worker,
            notes,
            note("CONTACT", today().minusDays(2), "Invented: spoke about anger", false));
    add(worker, notes, note("CONTACT", today().minusDays(1), "Invented: 100% attendance", false));
    add(worker, notes, note("SUPERVISION", today(), "Invented: discussed the case", false));
    apiPost(
        worker,
        notes + "/" + first + "/corrections",
        "{\"text\": \"Invented: spoke about jealousy\", \"reason\": \"Wrong word\", \"basedOn\": 0}");
    Family other = newFamily(area);
    add(
        worker,
        other.path() + "/notes",
        note("CONTACT", today(), "Invented: anger elsewhere", false));

    assertThat(search("ANGER").get("total").asLong()).as("before the correction").isEqualTo(1);
    assertThat(search("jealousy").get("items").get(0).get("id").asLong()).isEqualTo(first);
    assertThat(search("100%").get("total").asLong()).isEqualTo(1);
    assertThat(search("%").get("total").asLong())
        .as("% is a character, not a wildcard")
        .isEqualTo(1);
    assertThat(search("nothing like it").get("total").asLong()).isZero();

    JsonNode page = read(worker, notes + "?size=2&page=1");
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("id").asLong()).as("the oldest last").isEqualTo(first);
  }

  private JsonNode search(String q) {
    return read(worker, notes + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  @Test
  void hisContactAndThirdPartyNotesAreOnTheFamilysTimeline() {
    add(worker, notes, note("CONTACT", today(), "Invented: on the timeline", false));
    add(worker, notes, note("THIRD_PARTY", today(), "Invented: police said", false));
    add(worker, notes, note("SUPERVISION", today(), "Invented: not on it", false));
    add(worker, notes, note("CONTACT", today(), "Invented: restricted, not on it", true));

    JsonNode risk = read(area.token(Role.INTAKE), family.path() + "/risk");
    assertThat(risk.get("notes")).hasSize(2);
    String timeline =
        signedIn(area.user(Role.CHILDRENS_WORKER))
            .get("/cases/" + family.reference() + "/risk")
            .body();
    assertThat(timeline)
        .contains("Invented: on the timeline")
        .contains("Case note: third party")
        .doesNotContain("Invented: not on it")
        .doesNotContain("restricted, not on it");
  }

  @Test
  void aCaseInAnotherAreaIsNotFound() {
    TestArea elsewhere = newArea();
    String theirs = elsewhere.token(Role.PERPETRATOR_WORKER);
    assertThat(apiGet(theirs, notes).statusCode()).isEqualTo(404);
    assertThat(apiPost(theirs, notes, note("CONTACT", today(), "Invented", false)).statusCode())
        .isEqualTo(404);
    long id = add(worker, notes, note("CONTACT", today(), "Invented", false));
    Family other = newFamily(area);
    assertThat(apiGet(worker, other.path() + "/notes/" + id).statusCode())
        .as("a note read through another case")
        .isEqualTo(404);
  }

  @Test
  void herNotesAreForPartnerSupportAndManagersOnly() {
    String hers = family.path() + "/partners/" + family.partner(0) + "/notes";
    String support = area.token(Role.PARTNER_SUPPORT_WORKER);
    long id = add(support, hers, note(null, today(), "Invented: she said she felt safer", true));
    JsonNode read = read(area.token(Role.SERVICE_MANAGER), hers + "/" + id);
    assertThat(read.get("text").asString()).isEqualTo("Invented: she said she felt safer");
    assertThat(read.get("restricted").asBoolean()).isTrue();

    for (Role role : new Role[] {Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER}) {
      String token = area.token(role);
      assertThat(apiGet(token, hers).statusCode()).as(role + " lists").isEqualTo(403);
      assertThat(apiGet(token, hers + "/" + id).statusCode()).as(role + " reads").isEqualTo(403);
      assertThat(apiPost(token, hers, note(null, today(), "x", false)).statusCode())
          .as(role + " writes")
          .isEqualTo(403);
      assertThat(read(token, notes + "?q=safer").get("total").asLong()).isZero();
    }
    // Her notes are all partner support: a kind is refused; another case's partner is not found.
    assertThat(apiPost(support, hers, note("CONTACT", today(), "x", false)).statusCode())
        .isEqualTo(400);
    Family other = newFamily(area);
    assertThat(
            apiGet(support, other.path() + "/partners/" + family.partner(0) + "/notes")
                .statusCode())
        .isEqualTo(404);
    assertThat(read(support, family.path() + "/risk").toString()).doesNotContain("safer");

    String correct =
        "{\"text\": \"Invented: she felt safer now\", \"reason\": \"Her words\", \"basedOn\": 0}";
    assertThat(apiPost(support, hers + "/" + id + "/corrections", correct).statusCode())
        .isEqualTo(201);
    assertThat(read(support, hers + "?q=safer%20now").get("total").asLong()).isEqualTo(1);
  }

  @Test
  void everyReadAndWriteIsAuditedWithoutItsContent() {
    long id = add(worker, notes, note("CONTACT", today(), "Invented: audited words", false));
    apiPost(
        worker,
        notes + "/" + id + "/corrections",
        "{\"text\": \"Invented: audited again\", \"reason\": \"Invented\", \"basedOn\": 0}");
    read(worker, notes);
    String hers = family.path() + "/partners/" + family.partner(0) + "/notes";
    add(area.token(Role.PARTNER_SUPPORT_WORKER), hers, note(null, today(), "Invented", false));

    assertThat(
            jdbc.sql(
                    """
                    SELECT action || ' ' || what FROM audit_event
                    WHERE case_reference = :r AND what LIKE '%note%'
                    """)
                .param("r", family.reference())
                .query(String.class)
                .list())
        .contains(
            "CREATE case note",
            "CREATE case note correction",
            "READ case notes",
            "CREATE partner note");
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE what LIKE '%audited%'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
