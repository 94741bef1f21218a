package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renaming and deleting saved scenarios, through the API and the pages: a rename read at an old
 * version is refused (409) instead of overwriting someone else's; a scenario set against another
 * area's Tandem figures is not found by that area's outsiders; every write is audited.
 */
class PlannerScenarioChangesTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea area;
  private TestArea otherArea;
  private String commissioner;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    commissioner = area.token(Role.COMMISSIONER);
  }

  private long save(String name, String tandemArea) {
    String link = tandemArea == null ? "" : ", \"tandemArea\": \"" + tandemArea + "\"";
    HttpResponse<String> r =
        apiPost(
            commissioner,
            "/api/v1/planner/scenarios",
            """
            {"name": "%s", "form": {"areas": [{"name": "Newham", "population": 243891,
             "adultWomen": 91556%s}]}}
            """
                .formatted(name, link));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  private HttpResponse<String> patch(String token, long id, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/planner/scenarios/" + id))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpResponse<String> delete(String token, long id) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/planner/scenarios/" + id))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  private static String rename(String name, int version) {
    return "{\"name\": \"%s\", \"version\": %d}".formatted(name, version);
  }

  private static List<String> fields(HttpResponse<String> r) {
    List<String> fields = new ArrayList<>();
    JSON.readTree(r.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private String nameOf(long id) {
    return JSON.readTree(apiGet(commissioner, "/api/v1/planner/scenarios/" + id).body())
        .get("name")
        .asString();
  }

  private int audited(String what) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE what = :what")
        .param("what", what)
        .query(Integer.class)
        .single();
  }

  @Test
  void aScenarioIsRenamedOnceAndAStaleVersionIsAConflict() {
    long id = save("Before " + TestData.marker("n"), null);
    String after = "After " + TestData.marker("n");

    HttpResponse<String> renamed = patch(commissioner, id, rename(after, 0));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    JsonNode scenario = JSON.readTree(renamed.body());
    assertThat(scenario.get("name").asString()).isEqualTo(after);
    assertThat(scenario.get("version").asInt()).isEqualTo(1);
    assertThat(scenario.at("/plan/total/womenExperiencingAbuse").asLong()).isEqualTo(5_493);
    assertThat(audited("planner scenario " + id + " renamed")).isEqualTo(1);

    // Someone who read version 0 cannot overwrite the rename they have not seen.
    HttpResponse<String> stale =
        patch(commissioner, id, rename("Stale " + TestData.marker("n"), 0));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(stale.body()).get("detail").asString())
        .contains("changed by someone else");
    assertThat(nameOf(id)).isEqualTo(after);

    JsonNode listed = JSON.readTree(apiGet(commissioner, "/api/v1/planner/scenarios").body());
    JsonNode line = null;
    for (JsonNode item : listed.get("items")) {
      if (item.get("id").asLong() == id) {
        line = item;
      }
    }
    assertThat(line).isNotNull();
    assertThat(line.get("version").asInt()).isEqualTo(1);
    assertThat(line.get("manageable").asBoolean()).isTrue();
  }

  @Test
  void aRenameNeedsAFreeNameAndTheVersion() {
    String taken = "Taken " + TestData.marker("t");
    save(taken, null);
    long id = save("Mine " + TestData.marker("t"), null);

    HttpResponse<String> clash = patch(commissioner, id, rename(taken.toUpperCase(), 0));
    assertThat(clash.statusCode()).as(clash.body()).isEqualTo(400);
    assertThat(fields(clash)).containsExactly("name");

    HttpResponse<String> blank = patch(commissioner, id, "{\"name\": \" \", \"version\": 0}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(fields(blank)).containsExactly("name");

    HttpResponse<String> noVersion = patch(commissioner, id, "{\"name\": \"Fine name\"}");
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(fields(noVersion)).containsExactly("version");

    // Its own name, in other capitals, is not taken by another.
    String own =
        JSON.readTree(apiGet(commissioner, "/api/v1/planner/scenarios/" + id).body())
            .get("name")
            .asString();
    HttpResponse<String> recased = patch(commissioner, id, rename(own.toLowerCase(), 0));
    assertThat(recased.statusCode()).as(recased.body()).isEqualTo(200);

    assertThat(patch(commissioner, 999_999_999L, rename("Nobody's", 0)).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aDeletedScenarioIsGoneAndAudited() {
    long id = save("Doomed " + TestData.marker("d"), area.code());
    HttpResponse<String> deleted = delete(commissioner, id);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(apiGet(commissioner, "/api/v1/planner/scenarios/" + id).statusCode()).isEqualTo(404);
    assertThat(audited("planner scenario " + id + " deleted")).isEqualTo(1);

    HttpResponse<String> again = delete(commissioner, id);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  /** Set against this area's live figures, a scenario is not another area's to change. */
  @Test
  void anotherAreasScenarioIsNotFoundForChange() {
    String name = "Linked " + TestData.marker("o");
    long id = save(name, area.code());
    String outsider = otherArea.token(Role.COMMISSIONER);

    HttpResponse<String> renamed = patch(outsider, id, rename("Taken over " + name, 0));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(404);
    assertThat(renamed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(delete(outsider, id).statusCode()).isEqualTo(404);

    PageSession page = signedIn(otherArea.user(Role.SERVICE_MANAGER));
    assertThat(page.get("/planner/scenarios/" + id + "/rename").statusCode()).isEqualTo(404);
    assertThat(page.get("/planner/scenarios/" + id + "/delete").statusCode()).isEqualTo(404);
    String csrf = page.csrf("/planner/scenarios");
    assertThat(
            page.post("/planner/scenarios/" + id + "/delete", Map.of("_csrf", csrf)).statusCode())
        .isEqualTo(404);

    assertThat(nameOf(id)).isEqualTo(name);
  }

  @Test
  void thePagesRenameWithTheVersionReadAndDeleteAfterAsking() {
    String name = "Page " + TestData.marker("p");
    long id = save(name, null);
    PageSession session = signedIn(area.user(Role.SERVICE_MANAGER));

    HttpResponse<String> form = session.get("/planner/scenarios/" + id + "/rename");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("value=\"" + name + "\"");
    String csrf = PageSession.csrf(form);

    String renamed = "Renamed " + TestData.marker("p");
    HttpResponse<String> saved =
        session.post(
            "/planner/scenarios/" + id + "/rename",
            Map.of("_csrf", csrf, "name", renamed, "version", "0"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(session.get("/planner/scenarios").body())
        .contains("Scenario renamed: " + name + " is now " + renamed);

    // The form read at version 0 again: what was typed is kept and nothing is saved.
    HttpResponse<String> stale =
        session.post(
            "/planner/scenarios/" + id + "/rename",
            Map.of("_csrf", csrf, "name", "Overwrite " + name, "version", "0"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone else changed this scenario")
        .contains("value=\"Overwrite " + name + "\"");

    HttpResponse<String> ask = session.get("/planner/scenarios/" + id + "/delete");
    assertThat(ask.statusCode()).isEqualTo(200);
    assertThat(ask.body()).contains("Are you sure you want to delete ‘" + renamed + "’?");
    assertThat(apiGet(commissioner, "/api/v1/planner/scenarios/" + id).statusCode())
        .as("asking deletes nothing")
        .isEqualTo(200);
    HttpResponse<String> gone =
        session.post("/planner/scenarios/" + id + "/delete", Map.of("_csrf", csrf));
    assertThat(gone.statusCode()).isEqualTo(302);
    assertThat(session.get("/planner/scenarios").body()).contains("Scenario deleted: " + renamed);
    assertThat(apiGet(commissioner, "/api/v1/planner/scenarios/" + id).statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"INTAKE", "PERPETRATOR_WORKER", "PARTNER_SUPPORT_WORKER", "SYSTEM_ADMINISTRATOR"})
  void otherRolesCannotRenameOrDelete(Role role) {
    long id = save("Kept " + TestData.marker("r"), null);
    String token = area.token(role);
    assertThat(patch(token, id, rename("Not theirs " + TestData.marker("r"), 0)).statusCode())
        .isEqualTo(403);
    assertThat(delete(token, id).statusCode()).isEqualTo(403);
    PageSession session = signedIn(area.user(role));
    assertThat(session.get("/planner/scenarios/" + id + "/rename").statusCode()).isEqualTo(403);
    assertThat(session.get("/planner/scenarios/" + id + "/delete").statusCode()).isEqualTo(403);
    String csrf = session.csrf("/account");
    assertThat(
            session
                .post("/planner/scenarios/" + id + "/delete", Map.of("_csrf", csrf))
                .statusCode())
        .isEqualTo(403);
    assertThat(apiGet(commissioner, "/api/v1/planner/scenarios/" + id).statusCode()).isEqualTo(200);
  }
}
