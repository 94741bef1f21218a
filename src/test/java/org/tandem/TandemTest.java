package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.Areas;
import org.tandem.access.Role;
import org.tandem.demo.DemoUsers;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import org.tandem.reminders.StandInNotify;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of every test that needs Tandem running: one application on a random port, on one real
 * embedded PostgreSQL started once per test run (Spring caches the context, so every subclass must
 * keep exactly this configuration), with the invented demo data loaded. Tests make their own data
 * where they need to know exactly what is there. Time comes from the {@link TestClock}, never the
 * real calendar, so a test passes on any day it is run.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tandem.data-dir=target/test-data",
      "tandem.db.embedded.clean=true",
      "tandem.demo=true"
    })
@Import({TestClockConfiguration.class, StatementCounting.class})
public abstract class TandemTest {

  /** The application's clock: what "today" and "now" are for Tandem while the tests run. */
  protected static final TestClock clock = TestClockConfiguration.CLOCK;

  private static final JsonMapper JSON = new JsonMapper();

  @LocalServerPort protected int port;

  @Autowired protected JdbcClient jdbc;

  @Autowired private Areas areas;
  @Autowired private Accounts accounts;
  @Autowired private ApiTokens tokens;

  protected static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * Signing in as the demo user with an authenticator answers with her app's code. Tests sign her
   * in many times within one 30-second step, which no person does, so the record of her last code
   * is cleared first: otherwise the second sign-in in a step would be refused as a replay.
   */
  @BeforeEach
  void answerTheDemoUsersSecondFactor() {
    PageSession.secondFactorCodes =
        username -> {
          if (!username.equals(DemoUsers.WITH_AUTHENTICATOR)) {
            return null;
          }
          jdbc.sql("UPDATE app_user SET totp_last_step = NULL WHERE username = :u")
              .param("u", username)
              .update();
          return TestCodes.now(DemoUsers.AUTHENTICATOR_SECRET);
        };
  }

  /**
   * GOV.UK Notify is a stand-in on a local port, shared by the run; reminders are sent when a test
   * runs the job, never by the scheduler in the middle of another test.
   */
  @DynamicPropertySource
  static void notifyStandIn(DynamicPropertyRegistry registry) {
    registry.add("tandem.notify.base-url", () -> StandInNotify.shared().baseUrl());
    registry.add("tandem.notify.api-key", () -> StandInNotify.API_KEY);
    registry.add("tandem.reminders.scheduled", () -> "false");
    // The retention job is run by its tests, on their own areas, never by the night's schedule.
    registry.add("tandem.retention.scheduled", () -> "false");
  }

  @AfterEach
  void resumeTheClock() {
    clock.resume();
  }

  /**
   * A new area with its own team, for a test whose lists, queues or figures must hold only what it
   * made itself.
   */
  protected TestArea newArea() {
    return TestArea.create(areas, accounts, tokens, jdbc);
  }

  /** Tandem's API, for the builders of test data and for tests that call it. */
  protected TestApi api() {
    return new TestApi(baseUrl());
  }

  /** A new case in a test area, referred through the API by its intake worker: its reference. */
  /**
   * His treatment-viability decision, suitable for the group programme, recorded now by whoever
   * holds this token: what a group place needs first.
   */
  protected void foundSuitable(String token, String reference) {
    String assessment = "/api/v1/cases/" + reference + "/assessment";
    HttpResponse<String> current = apiGet(token, assessment);
    int version = current.statusCode() == 404 ? 0 : TestApi.ok(current).get("version").asInt();
    HttpResponse<String> decided =
        apiPut(
            token,
            assessment + "/viability",
            "{\"viability\": \"GROUP_PROGRAMME\", \"notes\": \"Invented: suitable\", \"version\": %d}"
                .formatted(version));
    assertThat(decided.statusCode()).as(decided.body()).isBetween(200, 204);
  }

  protected String newCase(TestArea area) {
    return newCase(area, AReferral.in(area.id()));
  }

  /** A new case from this referral, sent through the API by the area's intake worker. */
  protected String newCase(TestArea area, String referralJson) {
    HttpResponse<String> created =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", referralJson);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = JSON.readTree(created.body()).get("reference").asString();
    assertThat(reference).startsWith(area.code() + "-");
    return reference;
  }

  /** A new case from this referral, sent through the API by the area's intake worker. */
  protected String newCase(TestArea area, AReferral referral) {
    return newCase(area, referral.json());
  }

  /**
   * A family referred through the API by a test area's intake worker, with the ids of the women and
   * children named: by default a current partner and two children.
   */
  protected Family newFamily(AReferral referral) {
    return Family.referred(api(), referral.area(), referral);
  }

  protected Family newFamily(TestArea area) {
    return newFamily(AReferral.in(area).withChildren(2));
  }

  /** A page session signed in through the sign-in form as a worker of a test area. */
  protected PageSession signedIn(TestArea.User user) {
    return PageSession.signedIn(baseUrl(), user.username(), user.password());
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** An API GET as the holder of a token. */
  protected HttpResponse<String> apiGet(String token, String path) {
    return api().get(token, path);
  }

  /** An API POST of a JSON body as the holder of a token. */
  protected HttpResponse<String> apiPost(String token, String path, String json) {
    return api().post(token, path, json);
  }

  /** An API PUT of a JSON body as the holder of a token. */
  protected HttpResponse<String> apiPut(String token, String path, String json) {
    return api().put(token, path, json);
  }

  /** An API GET of a document (a PDF) as the holder of a token. */
  protected HttpResponse<byte[]> apiGetBytes(String token, String path) {
    return TestApi.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  protected static HttpResponse<String> send(HttpRequest request) {
    return TestApi.send(request);
  }
}
