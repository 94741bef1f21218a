package org.tandem.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;

/**
 * Tandem as a provider runs it when one machine is not enough: two identical nodes, each with its
 * own connection pool, on one PostgreSQL, behind a proxy that may send any request to either. A
 * practitioner stays signed in wherever the proxy sends her, a sign-in wait or a token holds on
 * every node, two people saving the same record on different nodes cannot overwrite each other, and
 * a node stopped in the middle of the day loses no write it acknowledged.
 */
class TwoNodesTest extends TandemTest {

  private static TwoNodes nodes;

  @BeforeEach
  void startTheNodes() {
    synchronized (TwoNodesTest.class) {
      if (nodes == null) {
        nodes = TwoNodes.on(jdbc);
      }
    }
  }

  @AfterAll
  static void stopTheNodes() {
    if (nodes != null) {
      nodes.close();
      nodes = null;
    }
  }

  @Test
  void signedInOnOneNodeSheCarriesOnOnTheOther() {
    TestArea area = newArea();
    Family family = newFamily(area);
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    Node one = nodes.one();
    Node two = nodes.two();

    PageSession onOne = PageSession.signedIn(one.baseUrl(), worker.username(), worker.password());
    PageSession onTwo = new PageSession(two.baseUrl());
    onTwo.useSessionId(onOne.sessionId());

    HttpResponse<String> casePage = onTwo.get("/cases/" + family.reference());
    assertThat(casePage.statusCode()).as("his case page, from the other node").isEqualTo(200);
    assertThat(casePage.body()).contains(family.reference(), worker.displayName());

    String csrf = onOne.csrf("/cases/" + family.reference() + "/risk/events/new");
    String summary = TestData.marker("Invented: told his worker on node two");
    LocalDate today = clock.today();
    HttpResponse<String> saved =
        onTwo.post(
            "/cases/" + family.reference() + "/risk/events",
            Map.of(
                "_csrf",
                csrf,
                "kind",
                "DISCLOSURE",
                "occurredOn.day",
                "" + today.getDayOfMonth(),
                "occurredOn.month",
                "" + today.getMonthValue(),
                "occurredOn.year",
                "" + today.getYear(),
                "summary",
                summary));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/cases/" + family.reference() + "/risk"));

    // The confirmation was put in the session by node two and is shown by node one.
    HttpResponse<String> risk = onOne.get("/cases/" + family.reference() + "/risk");
    assertThat(risk.statusCode()).isEqualTo(200);
    assertThat(risk.body()).contains("Risk event recorded", summary);

    HttpResponse<String> signedOut = onTwo.post("/sign-out", Map.of("_csrf", csrf));
    assertThat(signedOut.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?signedOut"));
    HttpResponse<String> afterwards = onOne.get("/cases/" + family.reference());
    assertThat(afterwards.statusCode()).as("signed out everywhere").isEqualTo(302);
    assertThat(afterwards.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/sign-in"));
  }

  @Test
  void pagesOpenedAtOnceOnBothNodesAreAllServed() throws Exception {
    TestArea area = newArea();
    Family family = newFamily(area);
    TestArea.User worker = area.user(Role.PARTNER_SUPPORT_WORKER);
    PageSession onOne =
        PageSession.signedIn(nodes.one().baseUrl(), worker.username(), worker.password());
    PageSession onTwo = new PageSession(nodes.two().baseUrl());
    onTwo.useSessionId(onOne.sessionId());

    // Tabs opened together just after sign-in: each request makes and stores the session's first
    // CSRF token, on both nodes at once.
    List<java.util.concurrent.Callable<HttpResponse<String>>> tabs = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      PageSession browser = i % 2 == 0 ? onOne : onTwo;
      tabs.add(() -> browser.get("/cases/" + family.reference()));
    }
    java.util.concurrent.ExecutorService opening =
        java.util.concurrent.Executors.newFixedThreadPool(tabs.size());
    try {
      for (var tab : opening.invokeAll(tabs, 60, java.util.concurrent.TimeUnit.SECONDS)) {
        HttpResponse<String> page = tab.get();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(family.reference());
      }
    } finally {
      opening.shutdownNow();
    }
    assertThat(onTwo.get("/cases/" + family.reference()).statusCode()).isEqualTo(200);
  }

  /**
   * Five wrong passwords on node one and a sixth on node two, each from an address of its own: the
   * account's wait, kept in PostgreSQL, refuses even the right password on both nodes until it
   * ends.
   */
  @Test
  void failedSignInsOnOneNodeSlowTheAccountOnTheOther() {
    TestArea.User worker = newArea().user(Role.PARTNER_SUPPORT_WORKER);
    Node one = nodes.one();
    Node two = nodes.two();
    java.time.Instant start = clock.instant();
    clock.travelTo(start);

    for (int i = 0; i < 5; i++) {
      HttpResponse<String> failed =
          new PageSession(one.baseUrl())
              .from("198.19.1." + (10 + i))
              .signIn(worker.username(), "Wrong-guess-" + i);
      assertThat(failed.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?failed"));
    }
    HttpResponse<String> sixth =
        new PageSession(two.baseUrl())
            .from("198.19.1.20")
            .signIn(worker.username(), "Wrong-guess-on-two");
    assertThat(sixth.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?failed"));

    for (Node node : List.of(two, one)) {
      HttpResponse<String> waiting =
          new PageSession(node.baseUrl())
              .from("198.19.1.30")
              .signIn(worker.username(), worker.password());
      assertThat(waiting.headers().firstValue("Location"))
          .as(node.name())
          .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?failed"));
    }
    clock.travelTo(start.plusSeconds(1));
    HttpResponse<String> after =
        new PageSession(one.baseUrl())
            .from("198.19.1.30")
            .signIn(worker.username(), worker.password());
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("/sign-in"));
  }

  @Test
  void anApiTokenWorksOnBothNodes() {
    TestArea area = newArea();
    Family family = newFamily(area);
    String token = area.token(Role.PERPETRATOR_WORKER);

    for (Node node : List.of(nodes.one(), nodes.two())) {
      JsonNode detail = node.api().read(token, family.path());
      assertThat(detail.get("reference").asString()).as(node.name()).isEqualTo(family.reference());
      assertThat(node.api().get("tdm_not_a_token", family.path()).statusCode()).isEqualTo(401);
      HttpResponse<String> ready =
          send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(node.baseUrl() + "/actuator/health/readiness"))
                  .build());
      assertThat(ready.statusCode()).as("what the proxy asks").isEqualTo(200);
      assertThat(ready.body()).contains("\"UP\"");
    }
  }

  @Test
  void twoPeopleSavingTheSameDecisionOnTwoNodesCannotOverwriteEachOther() {
    TestArea area = newArea();
    Family family = newFamily(area);
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    TestArea.User manager = area.user(Role.SERVICE_MANAGER);
    String viability = "/cases/" + family.reference() + "/assessment/viability";
    PageSession onOne =
        PageSession.signedIn(nodes.one().baseUrl(), worker.username(), worker.password());
    PageSession onTwo =
        PageSession.signedIn(nodes.two().baseUrl(), manager.username(), manager.password());
    HttpResponse<String> formOnOne = onOne.get(viability);
    HttpResponse<String> formOnTwo = onTwo.get(viability);

    HttpResponse<String> first = onOne.post(viability, decision(formOnOne, "Invented: first"));
    HttpResponse<String> second = onTwo.post(viability, decision(formOnTwo, "Invented: second"));

    assertThat(first.statusCode()).as("the first to save").isEqualTo(302);
    assertThat(second.statusCode()).as("the second, on the other node").isEqualTo(200);
    assertThat(second.body())
        .contains("Someone else changed this assessment", "Invented: second")
        .doesNotContain("Treatment-viability decision saved");
    JsonNode saved =
        nodes.two().api().read(area.token(Role.PERPETRATOR_WORKER), family.path() + "/assessment");
    assertThat(saved.toString()).contains("Invented: first").doesNotContain("Invented: second");

    // Over the API: the same version sent to both nodes; one is saved, one is a 409 problem.
    int version = saved.get("version").asInt();
    String body =
        "{\"viability\": \"GROUP_PROGRAMME\", \"notes\": \"Invented: by API\", \"version\": %d}"
            .formatted(version);
    String token = area.token(Role.PERPETRATOR_WORKER);
    String path = family.path() + "/assessment/viability";
    HttpResponse<String> onNodeOne = nodes.one().api().put(token, path, body);
    HttpResponse<String> onNodeTwo = nodes.two().api().put(token, path, body);
    assertThat(onNodeOne.statusCode()).as(onNodeOne.body()).isBetween(200, 204);
    assertThat(onNodeTwo.statusCode()).isEqualTo(409);
    assertThat(onNodeTwo.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void aNodeStoppedDuringTheLoadLosesNoAcknowledgedWrite() throws Exception {
    TestArea area = newArea();
    Family family = newFamily(area);
    String prefix = TestData.marker("Invented load");
    Node one = nodes.one();
    Node two = nodes.two();
    int callers = 20;
    int each = 12;
    WritesThroughAProxy load =
        new WritesThroughAProxy(
            List.of(one, two), family.reference(), area.token(Role.PERPETRATOR_WORKER));

    load.run(callers, each, prefix, one, callers * each / 3);

    List<WritesThroughAProxy.Answered> answered = load.answered();
    System.out.printf(
        "Two nodes under load: %d writes acknowledged, %d of them by node two after node one"
            + " stopped; %d connections broken by the stop%n",
        answered.size(),
        answered.stream().filter(WritesThroughAProxy.Answered::afterTheStop).count(),
        load.broken().size());
    assertThat(answered)
        .as("answers other than 201 (the broken connections were %s)", load.broken())
        .allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
    assertThat(load.sent()).isGreaterThanOrEqualTo(callers * each);
    assertThat(answered.size() + load.broken().size()).isEqualTo(load.sent());
    assertThat(load.broken().size())
        .as("connections broken by the stop, at most one per caller")
        .isLessThanOrEqualTo(callers);
    assertThat(answered)
        .as("writes the remaining node served after the stop")
        .filteredOn(WritesThroughAProxy.Answered::afterTheStop)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.node()).isSameAs(two));

    Map<String, Integer> inTheDatabase = riskEventsBySummary(family, prefix);
    assertThat(inTheDatabase)
        .as("no write saved twice")
        .allSatisfy((s, n) -> assertThat(n).isOne());
    assertThat(inTheDatabase.keySet())
        .as("every acknowledged write is in the database")
        .containsAll(answered.stream().map(WritesThroughAProxy.Answered::summary).toList())
        .hasSizeLessThanOrEqualTo(answered.size() + load.broken().size());
  }

  private Map<String, Integer> riskEventsBySummary(Family family, String prefix) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql(
            """
            SELECT e.summary, count(*) AS saved FROM risk_event e
            JOIN referral r ON r.id = e.referral_id
            WHERE r.reference = :reference AND e.summary LIKE :prefix
            GROUP BY e.summary
            """)
        .param("reference", family.reference())
        .param("prefix", prefix + " %")
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /** The viability form as the page gave it (with its version), decided "group programme". */
  private static Map<String, String> decision(HttpResponse<String> form, String notes) {
    assertThat(form.statusCode()).isEqualTo(200);
    Map<String, String> fields =
        org.jsoup.Jsoup.parse(form.body()).select("form input[type=hidden]").stream()
            .collect(Collectors.toMap(e -> e.attr("name"), e -> e.attr("value"), (a, b) -> a));
    fields.put("viability", "GROUP_PROGRAMME");
    fields.put("notes", notes);
    return fields;
  }
}
