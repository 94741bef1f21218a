package org.tandem.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import org.tandem.risk.DashScore;

/**
 * The page session lives in PostgreSQL, so everything a page keeps in it between requests must be
 * storable there: the signed-in user, the CSRF token, and the confirmation flashed to the next page
 * after a save. A form with mistakes is shown again in the same request, with what was typed: it
 * never goes into the session, so what a worker types about her is never in the session table.
 */
class SessionStoreTest extends TandemTest {

  private static final String FLASH_MAPS =
      "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

  @Test
  void formsWithMistakesAreShownAgainAndNeverKeptInTheSession() throws Exception {
    TestArea area = newArea();
    Family family = newFamily(area);
    String reference = family.reference();
    String typedAboutHer = TestData.marker("Invented: she asked for calls after six");
    String typedAboutHim = TestData.marker("Invented: he shouted at the neighbour");

    PageSession herWorker = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String herRecord = "/cases/" + reference + "/partners/" + family.partner(0);
    Map<String, String> attempt = new HashMap<>(noSuchDate("attemptedOn"));
    attempt.put("_csrf", herWorker.csrf(herRecord + "/attempts/new"));
    attempt.put("method", "PHONE");
    attempt.put("outcome", "NO_ANSWER");
    attempt.put("notes", typedAboutHer);
    shownAgainWithTheProblem(herWorker.post(herRecord + "/attempts", attempt), typedAboutHer);

    PageSession hisWorker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    Map<String, String> event = new HashMap<>(noSuchDate("occurredOn"));
    event.put("_csrf", hisWorker.csrf("/cases/" + reference + "/risk/events/new"));
    event.put("kind", "DISCLOSURE");
    event.put("summary", typedAboutHim);
    shownAgainWithTheProblem(
        hisWorker.post("/cases/" + reference + "/risk/events", event), typedAboutHim);

    Map<String, String> session = new HashMap<>(noSuchDate("heldOn"));
    session.put("_csrf", hisWorker.csrf("/cases/" + reference + "/assessment/sessions/new"));
    session.put("durationMinutes", "ninety");
    shownAgainWithTheProblem(
        hisWorker.post("/cases/" + reference + "/assessment/sessions", session), "ninety");

    for (PageSession browser : List.of(herWorker, hisWorker)) {
      Map<String, byte[]> stored = storedAttributes(browser);
      assertThat(stored).as("the session is in the database").isNotEmpty();
      stored.forEach(
          (name, bytes) -> {
            assertThat(readBack(bytes)).as(name).isNotNull();
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(name)
                .doesNotContain(typedAboutHer, typedAboutHim, "ninety");
          });
    }
  }

  @Test
  void theConfirmationAfterASaveIsKeptInTheDatabaseUntilTheNextPage() throws Exception {
    TestArea area = newArea();
    String reference = newCase(area);
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String dash = "/cases/" + reference + "/assessment/dash";
    Map<String, String> answers = new HashMap<>();
    answers.put("_csrf", worker.csrf(dash));
    answers.put("version", "0");
    for (int n = 1; n <= DashScore.INDICATORS; n++) {
      answers.put("answers[" + n + "]", n <= 3 ? "YES" : "NO");
    }

    HttpResponse<String> saved = worker.post(dash, answers);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    byte[] flashed = storedAttributes(worker).get(FLASH_MAPS);
    assertThat(flashed).as("the flashed confirmation, waiting in the session table").isNotNull();
    assertThat(readBack(flashed).toString()).contains("DashScore[score=3");
    HttpResponse<String> next = worker.get("/cases/" + reference + "/assessment");
    assertThat(next.body()).contains("DASH indicators saved: 3 of 24, not visible high risk");
    assertThat(worker.get("/cases/" + reference + "/assessment").body())
        .as("shown once")
        .doesNotContain("DASH indicators saved");
  }

  @Test
  void aSessionIdleForLongerThanTheTimeoutEnds() {
    TestArea area = newArea();
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(worker.get("/cases").statusCode()).isEqualTo(200);
    String id = sessionIdOf(worker);
    assertThat(
            jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single())
        .as("TANDEM_IDLE_TIMEOUT's default, 30 minutes, in seconds")
        .isEqualTo(1800);

    // Her last request, 31 minutes ago (the session store keeps the real time, not the test clock).
    jdbc.sql(
            """
            UPDATE spring_session
            SET last_access_time = last_access_time - 31 * 60 * 1000,
                expiry_time = expiry_time - 31 * 60 * 1000
            WHERE session_id = :id
            """)
        .param("id", id)
        .update();

    HttpResponse<String> after = worker.get("/cases");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?timedOut"));
  }

  private static Map<String, String> noSuchDate(String field) {
    LocalDate today = clock.today();
    return Map.of(
        field + ".day", "31", field + ".month", "2", field + ".year", "" + today.getYear());
  }

  private static void shownAgainWithTheProblem(HttpResponse<String> page, String typed) {
    assertThat(page.statusCode()).as("shown again, not redirected").isEqualTo(200);
    assertThat(page.body()).contains("There is a problem", typed);
  }

  /** The attributes stored for this browser's session, by name. */
  private Map<String, byte[]> storedAttributes(PageSession browser) {
    String id = sessionIdOf(browser);
    Map<String, byte[]> stored = new HashMap<>();
    jdbc.sql(
            """
            SELECT a.attribute_name, a.attribute_bytes FROM spring_session_attributes a
            JOIN spring_session s ON s.primary_id = a.session_primary_id
            WHERE s.session_id = :id
            """)
        .param("id", id)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> stored.put(rs.getString(1), rs.getBytes(2)));
    return stored;
  }

  /** The session's id in the table: the cookie holds it in Base64. */
  private static String sessionIdOf(PageSession browser) {
    return new String(Base64.getDecoder().decode(browser.sessionId()), StandardCharsets.US_ASCII);
  }

  private static Object readBack(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError("a session attribute that cannot be read back", e);
    }
  }
}
