package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Men who must not share a group: recorded on one case and holding for both, checked when a place
 * is offered (the case's programme page, the group's page and the API), ended and kept, and never
 * naming a case the user may not open.
 */
class NonAssociationsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea area;
  private String worker;

  @BeforeEach
  void anAreaOfItsOwn() {
    area = newArea();
    worker = area.token(Role.PERPETRATOR_WORKER);
  }

  @Test
  void recordedOnOneCaseItHoldsForBothAndIsAudited() {
    String him = newCase(area);
    String other = newCase(area);

    HttpResponse<String> recorded =
        record(worker, him, other, "CO_DEFENDANT", "Invented: same trial");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    assertThat(json(recorded).get("otherReference").asString()).isEqualTo(other);

    JsonNode onHis = only(list(worker, him));
    assertThat(onHis.get("otherReference").asString()).isEqualTo(other);
    assertThat(onHis.get("kind").asString()).isEqualTo("CO_DEFENDANT");
    assertThat(onHis.get("note").asString()).isEqualTo("Invented: same trial");
    assertThat(absent(onHis, "endedAt")).isTrue();
    JsonNode onTheOthers = only(list(worker, other));
    assertThat(onTheOthers.get("otherReference").asString()).isEqualTo(him);
    assertThat(onTheOthers.get("id").asLong()).isEqualTo(onHis.get("id").asLong());

    // The same pair again, from either side, is one too many.
    assertThat(errors(record(worker, other, him, "RELATIVE", null)))
        .containsEntry("otherReference", "A non-association with this man is already recorded");
    assertThat(audited(him, "CREATE")).isEqualTo(1);
    assertThat(audited(other, "CREATE")).isEqualTo(1);
  }

  @Test
  void aGroupWithTheOtherManInItIsNotOfferedAndAPlaceInItIsRefusedWithWhy() {
    String name = marker("Tuesday group ");
    ProgrammeGroup group = AGroup.in(area).named(name).create(api());
    String member = newCase(area);
    group.place(member, clock.today());
    String him = newCase(area);
    foundSuitable(worker, him);
    // Recorded on the member's case: it holds for him just the same.
    assertThat(record(worker, member, him, "CO_DEFENDANT", null).statusCode()).isEqualTo(201);

    HttpResponse<String> refused = enrol(him, group.id());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(errors(refused))
        .containsEntry(
            "groupId", "Not offered: a non-association with a member of this group (co-defendant)");
    assertThat(refused.body()).doesNotContain(member);

    PageSession facilitator = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String programme = "/cases/" + him + "/programme";
    String page = facilitator.get(programme).body();
    assertThat(page)
        .contains("Groups not offered")
        .contains(name + ": not offered: a non-association with a member (co-defendant)")
        .doesNotContain("value=\"" + group.id() + "\"")
        .doesNotContain(member)
        .contains("Non-associations</a>:")
        .contains("1 holds");

    // A page that offered the group before the non-association was recorded is refused the same.
    HttpResponse<String> posted =
        facilitator.post(
            programme,
            Map.of("groupId", String.valueOf(group.id()), "_csrf", facilitator.csrf(programme)));
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body())
        .contains("govuk-form-group--error")
        .contains("Not offered: a non-association with a member of this group (co-defendant)");
  }

  @Test
  void twoMenWhoMustNotMeetGivenPlacesAtOnceAreNotBothLetIn() {
    for (int attempt = 0; attempt < 3; attempt++) {
      long group = AGroup.in(area).create(api()).id();
      String one = newCase(area);
      String two = newCase(area);
      foundSuitable(worker, one);
      foundSuitable(worker, two);
      assertThat(record(worker, one, two, "CO_DEFENDANT", null).statusCode()).isEqualTo(201);
      var first = CompletableFuture.supplyAsync(() -> enrol(one, group));
      var second = CompletableFuture.supplyAsync(() -> enrol(two, group));
      assertThat(List.of(first.join().statusCode(), second.join().statusCode()))
          .as("attempt " + attempt)
          .containsExactlyInAnyOrder(201, 400);
    }
  }

  @Test
  void theGroupPageDoesNotOfferHimAndSaysWhy() {
    ProgrammeGroup group = AGroup.in(area).create(api());
    String member = newCase(area);
    group.place(member, clock.today());
    String him = newCase(area);
    foundSuitable(worker, him);
    String free = newCase(area);
    foundSuitable(worker, free);
    assertThat(record(worker, him, member, "KNOWN_CONFLICT", null).statusCode()).isEqualTo(201);

    PageSession facilitator = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String page = facilitator.get("/groups/" + group.id()).body();
    assertThat(page)
        .contains("value=\"" + free + "\"")
        .doesNotContain("value=\"" + him + "\"")
        .contains("Men not offered this group")
        .contains(him + ": not offered: a non-association with a member (known conflict)");

    HttpResponse<String> posted =
        facilitator.post(
            "/groups/" + group.id() + "/places",
            Map.of("reference", him, "_csrf", facilitator.csrf("/groups/" + group.id())));
    assertThat(posted.body())
        .contains("Not offered: a non-association with a member of this group (known conflict)");
  }

  @Test
  void anEndedNonAssociationNoLongerKeepsThemApartAndIsKept() {
    ProgrammeGroup group = AGroup.in(area).create(api());
    String member = newCase(area);
    group.place(member, clock.today());
    String him = newCase(area);
    foundSuitable(worker, him);
    JsonNode made = json(record(worker, him, member, "RELATIVE", "Invented: brothers"));
    long id = made.get("id").asLong();
    int version = made.get("version").asInt();
    assertThat(enrol(him, group.id()).statusCode()).isEqualTo(400);

    String end = "/api/v1/cases/" + him + "/non-associations/" + id + "/end";
    HttpResponse<String> stale = apiPost(worker, end, "{\"version\": %d}".formatted(version + 1));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    HttpResponse<String> ended = apiPost(worker, end, "{\"version\": %d}".formatted(version));
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    assertThat(absent(json(ended), "endedAt")).isFalse();
    assertThat(json(ended).get("endedBy").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());
    assertThat(apiPost(worker, end, "{\"version\": %d}".formatted(version)).statusCode())
        .as("ended already")
        .isEqualTo(409);

    // Kept in both men's history, no longer holding.
    assertThat(absent(only(list(worker, member)), "endedAt")).isFalse();
    HttpResponse<String> placed = enrol(him, group.id());
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    // And the pair may be kept apart again later.
    String another = newCase(area);
    assertThat(record(worker, member, him, "OTHER", "Invented: new trouble").statusCode())
        .isEqualTo(201);
    assertThat(record(worker, another, him, "OTHER", "Invented").statusCode()).isEqualTo(201);
    assertThat(audited(member, "UPDATE")).isEqualTo(1);
  }

  @Test
  void endingOnThePageNeedsTheVersionSeen() {
    String him = newCase(area);
    String other = newCase(area);
    JsonNode made = json(record(worker, him, other, "CO_DEFENDANT", null));
    long id = made.get("id").asLong();
    PageSession facilitator = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String path = "/cases/" + him + "/non-associations";
    assertThat(facilitator.get(path).body()).contains("Holds").contains(other);

    HttpResponse<String> stale =
        facilitator.post(
            path + "/" + id + "/end", Map.of("version", "7", "_csrf", facilitator.csrf(path)));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone else changed this non-association");
    HttpResponse<String> ended =
        facilitator.post(
            path + "/" + id + "/end",
            Map.of("version", made.get("version").asString(), "_csrf", facilitator.csrf(path)));
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(facilitator.get(path).body()).contains("Non-association ended").contains("Ended ");
  }

  @Test
  void aCaseInAnAreaTheUserDoesNotCoverCannotBeNamedNorSeen() {
    TestArea otherArea = newArea();
    String elsewhere = newCase(otherArea);
    String him = newCase(area);

    assertThat(errors(record(worker, him, elsewhere, "CO_DEFENDANT", null)))
        .containsEntry("otherReference", "No case with this reference in your areas");
    assertThat(list(worker, him)).isEmpty();

    // A manager who covers both areas may record it; a worker of one area sees it holds, but not
    // whose case it names nor the note that may name him.
    area.alsoManage(otherArea);
    String manager = area.token(Role.SERVICE_MANAGER);
    assertThat(record(manager, him, elsewhere, "OTHER", "Invented: a feud").statusCode())
        .isEqualTo(201);
    JsonNode seen = only(list(worker, him));
    assertThat(absent(seen, "otherReference")).isTrue();
    assertThat(absent(seen, "note")).isTrue();
    assertThat(seen.get("kind").asString()).isEqualTo("OTHER");
    String page =
        signedIn(area.user(Role.PERPETRATOR_WORKER))
            .get("/cases/" + him + "/non-associations")
            .body();
    assertThat(page)
        .contains("A man in an area you do not cover")
        .doesNotContain(elsewhere)
        .doesNotContain("Invented: a feud");
    assertThat(only(list(manager, him)).get("otherReference").asString()).isEqualTo(elsewhere);
    // The other area's own worker may not open his case, so he is not named to them either.
    assertThat(
            absent(
                only(list(otherArea.token(Role.PERPETRATOR_WORKER), elsewhere)), "otherReference"))
        .isTrue();
  }

  @Test
  void mistakesAreRefusedNamingEachFieldAndThePageKeepsWhatWasTyped() {
    String him = newCase(area);
    Map<String, String> missing = errors(record(worker, him, null, null, null));
    assertThat(missing)
        .containsEntry("otherReference", "Enter the other man's case reference")
        .containsEntry("kind", "Select why they must not share a group");
    assertThat(errors(record(worker, him, him, "OTHER", null)))
        .containsEntry("otherReference", "Enter another man's case, not his own")
        .containsEntry("note", "Give the reason they must not share a group");
    assertThat(errors(record(worker, him, "X".repeat(31), "RELATIVE", "n".repeat(501))))
        .containsKey("otherReference")
        .containsKey("note");
    HttpResponse<String> badKind =
        apiPost(
            worker,
            "/api/v1/cases/" + him + "/non-associations",
            "{\"otherReference\": \"%s\", \"kind\": \"ENEMY\"}".formatted(him));
    assertThat(badKind.statusCode()).as(badKind.body()).isEqualTo(400);

    PageSession facilitator = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String path = "/cases/" + him + "/non-associations";
    HttpResponse<String> typed =
        facilitator.post(
            path,
            Map.of(
                "otherReference",
                "NOPE-0001",
                "kind",
                "OTHER",
                "note",
                "",
                "_csrf",
                facilitator.csrf(path)));
    assertThat(typed.statusCode()).isEqualTo(200);
    assertThat(typed.body())
        .contains("<title>Error: Non-associations for " + him)
        .contains("No case with this reference in your areas")
        .contains("Give the reason they must not share a group")
        .contains("value=\"NOPE-0001\"");
    assertThat(list(worker, him)).isEmpty();
  }

  @Test
  void onlyProgrammeWorkersRecordOrEndThem() {
    String him = newCase(area);
    String other = newCase(area);
    for (Role role : new Role[] {Role.INTAKE, Role.PARTNER_SUPPORT_WORKER}) {
      assertThat(record(area.token(role), him, other, "RELATIVE", null).statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
    JsonNode made = json(record(area.token(Role.SERVICE_MANAGER), him, other, "RELATIVE", null));
    assertThat(
            apiPost(
                    area.token(Role.INTAKE),
                    "/api/v1/cases/"
                        + him
                        + "/non-associations/"
                        + made.get("id").asLong()
                        + "/end",
                    "{\"version\": 0}")
                .statusCode())
        .isEqualTo(403);
    assertThat(list(area.token(Role.INTAKE), him)).hasSize(1);
  }

  private HttpResponse<String> record(
      String token, String reference, String other, String kind, String note) {
    return apiPost(
        token,
        "/api/v1/cases/" + reference + "/non-associations",
        "{\"otherReference\": %s, \"kind\": %s, \"note\": %s}"
            .formatted(quoted(other), quoted(kind), quoted(note)));
  }

  private HttpResponse<String> enrol(String reference, long groupId) {
    return apiPost(
        worker,
        "/api/v1/cases/" + reference + "/programme",
        "{\"groupId\": %d}".formatted(groupId));
  }

  private JsonNode list(String token, String reference) {
    HttpResponse<String> response =
        apiGet(token, "/api/v1/cases/" + reference + "/non-associations");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static JsonNode only(JsonNode list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  private long audited(String reference, String action) {
    return jdbc.sql(
            """
            SELECT count(*) FROM audit_event a JOIN referral r ON r.id = a.referral_id
            WHERE r.reference = :r AND a.what = 'non-association' AND a.action = :action
            """)
        .param("r", reference)
        .param("action", action)
        .query(Long.class)
        .single();
  }

  /** The API leaves out what has no value: an ended time not yet set, a reference not shown. */
  private static boolean absent(JsonNode node, String field) {
    return node.get(field) == null || node.get(field).isNull();
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static Map<String, String> errors(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Map<String, String> errors = new LinkedHashMap<>();
    JsonNode list = json(response).get("errors");
    assertThat(list).as(response.body()).isNotNull();
    list.forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
    return errors;
  }
}
