package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two managers saving one area's population figures never overwrite each other unknowingly: a save
 * is made from the version of the figures read, and one made after someone else's is refused (409
 * in the API, the edit-conflict message on the page with what was typed kept), leaving the first
 * save's figures in place. Of many saves at once from one version, exactly one is recorded.
 */
class PopulationConflictTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final Pattern VERSION =
      Pattern.compile("<input[^>]*name=\"version\"[^>]*value=\"(\\d+)\"");

  private TestArea area;
  private String manager;

  @BeforeEach
  void anAreaOfItsOwn() {
    area = newArea();
    manager = area.token(Role.SERVICE_MANAGER);
  }

  private Map<String, Object> figures() {
    return jdbc.sql("SELECT population, adult_women, population_source FROM area WHERE id = :id")
        .param("id", area.id())
        .query()
        .singleRow();
  }

  private long auditedSaves() {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE what LIKE :what")
        .param("what", "population of area " + area.code() + ":%")
        .query(Long.class)
        .single();
  }

  /** The version the API's list gives for the area. */
  private int listedVersion() {
    for (JsonNode a : JSON.readTree(apiGet(manager, "/api/v1/population").body())) {
      if (a.at("/area/code").asString().equals(area.code())) {
        return a.get("version").asInt();
      }
    }
    throw new AssertionError("the area is not in the list");
  }

  private static String body(int population, int women, String source, Integer version) {
    return "{\"population\": \"%d\", \"adultWomen\": \"%d\", \"source\": \"%s\"%s}"
        .formatted(population, women, source, version == null ? "" : ", \"version\": " + version);
  }

  private HttpResponse<String> put(String body) {
    return apiPut(manager, "/api/v1/population/" + area.code(), body);
  }

  @Test
  void aSecondSaveFromTheSameVersionIsRefusedAndTheFirstStands() {
    int read = listedVersion();

    HttpResponse<String> first = put(body(5000, 2100, "First manager", read));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(JSON.readTree(first.body()).get("version").asInt()).isEqualTo(read + 1);

    HttpResponse<String> second = put(body(9000, 4000, "Second manager", read));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(second.body());
    assertThat(problem.get("title").asString()).isEqualTo("Edit conflict");
    assertThat(problem.get("detail").asString())
        .isEqualTo(
            "The record of this area's population was changed by someone else after you opened"
                + " it. Nothing was saved.");

    assertThat(figures())
        .containsEntry("population", 5000)
        .containsEntry("adult_women", 2100)
        .containsEntry("population_source", "First manager");
    assertThat(auditedSaves()).as("only the save made is audited").isEqualTo(1);
    assertThat(listedVersion()).isEqualTo(read + 1);

    // Saved again from the version now read, the second manager's figures are recorded.
    HttpResponse<String> again = put(body(9000, 4000, "Second manager", read + 1));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(figures()).containsEntry("population_source", "Second manager");
    assertThat(auditedSaves()).isEqualTo(2);
  }

  @Test
  void aSaveWithoutAVersionIsRefusedNamingIt() {
    HttpResponse<String> none = put(body(5000, 2100, "No version", null));
    assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
    assertThat(none.body())
        .contains("\"version\"")
        .contains("Send the version of the area's figures you read");
    assertThat(figures().get("adult_women")).isNull();
    assertThat(auditedSaves()).isZero();
  }

  @Test
  void aConflictIsSaidInWelshToAWelshReader() {
    int read = listedVersion();
    assertThat(put(body(5000, 2100, "First", read)).statusCode()).isEqualTo(200);
    HttpResponse<String> stale =
        api()
            .inWelsh()
            .put(manager, "/api/v1/population/" + area.code(), body(6000, 2200, "Second", read));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    JsonNode problem = JSON.readTree(stale.body());
    assertThat(problem.get("title").asString()).isEqualTo("Gwrthdaro wrth olygu");
    assertThat(problem.get("detail").asString())
        .isEqualTo(
            "Cofnod poblogaeth yr ardal hon: newidiodd rhywun arall hwn ar ôl i chi ei agor."
                + " Ni chafodd dim ei gadw.");
    assertThat(figures()).containsEntry("population_source", "First");
  }

  @Test
  void onThePageASecondSaveFromTheSameFormIsRefusedKeepingWhatWasTyped() {
    PageSession first = signedIn(area.user(Role.SERVICE_MANAGER));
    PageSession second = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    HttpResponse<String> firstForm = first.get("/outcomes/population/" + area.code());
    HttpResponse<String> secondForm = second.get("/outcomes/population/" + area.code());
    String version = versionIn(firstForm);
    assertThat(versionIn(secondForm)).isEqualTo(version);

    HttpResponse<String> saved =
        first.post(
            "/outcomes/population/" + area.code(),
            Map.of(
                "population", "5000",
                "adultWomen", "2100",
                "source", "First manager",
                "version", version,
                "_csrf", PageSession.csrf(firstForm)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

    HttpResponse<String> stale =
        second.post(
            "/outcomes/population/" + area.code(),
            Map.of(
                "population", "9000",
                "adultWomen", "4000",
                "source", "Second manager",
                "version", version,
                "_csrf", PageSession.csrf(secondForm)));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone else changed these figures")
        .contains("Someone else saved figures for this area after you opened this page")
        .contains("value=\"9000\"", "value=\"4000\"", "value=\"Second manager\"");
    assertThat(figures())
        .containsEntry("population", 5000)
        .containsEntry("adult_women", 2100)
        .containsEntry("population_source", "First manager");
    assertThat(auditedSaves()).isEqualTo(1);

    // A form opened afresh carries the new version, and saves.
    HttpResponse<String> fresh = second.get("/outcomes/population/" + area.code());
    assertThat(fresh.body()).contains("value=\"5000\"");
    HttpResponse<String> resaved =
        second.post(
            "/outcomes/population/" + area.code(),
            Map.of(
                "population", "9000",
                "adultWomen", "4000",
                "source", "Second manager",
                "version", versionIn(fresh),
                "_csrf", PageSession.csrf(fresh)));
    assertThat(resaved.statusCode()).as(resaved.body()).isEqualTo(302);
    assertThat(figures()).containsEntry("population_source", "Second manager");
  }

  @Test
  void aFormSentWithoutItsVersionIsAConflictOnThePage() {
    PageSession session = signedIn(area.user(Role.SERVICE_MANAGER));
    HttpResponse<String> form = session.get("/outcomes/population/" + area.code());
    HttpResponse<String> sent =
        session.post(
            "/outcomes/population/" + area.code(),
            Map.of(
                "population", "5000",
                "adultWomen", "2100",
                "source", "Invented",
                "_csrf", PageSession.csrf(form)));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Someone else changed these figures");
    assertThat(figures().get("adult_women")).isNull();
  }

  @Test
  void ofManySavesAtOnceFromOneVersionExactlyOneIsRecorded() throws Exception {
    int saves = 8;
    ExecutorService pool = Executors.newFixedThreadPool(saves);
    try {
      // Several rounds, each from the version the last left, so that a lost race shows however
      // the threads fall.
      for (int round = 0; round < 5; round++) {
        int read = listedVersion();
        List<Integer> statuses = saveAtOnce(pool, saves, round, read);
        assertThat(statuses).as("round " + round).containsOnly(200, 409);
        assertThat(statuses).as("round " + round).filteredOn(s -> s == 200).hasSize(1);
        assertThat(listedVersion()).isEqualTo(read + 1);
        assertThat(auditedSaves()).isEqualTo(round + 1);
        // The figures recorded are all one save's, never a mixture.
        Map<String, Object> now = figures();
        int winner = (Integer) now.get("population") - 10_000 * (round + 1);
        assertThat(now)
            .containsEntry("adult_women", 4_000 + winner)
            .containsEntry("population_source", "Manager " + winner);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Integer> saveAtOnce(ExecutorService pool, int saves, int round, int read)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(saves);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < saves; i++) {
      String body = body(10_000 * (round + 1) + i, 4_000 + i, "Manager " + i, read);
      answers.add(
          pool.submit(
              () -> {
                together.await();
                return put(body).statusCode();
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    return statuses;
  }

  private static String versionIn(HttpResponse<String> form) {
    assertThat(form.statusCode()).isEqualTo(200);
    Matcher m = VERSION.matcher(form.body());
    assertThat(m.find()).as("the form carries the version it shows").isTrue();
    return m.group(1);
  }
}
