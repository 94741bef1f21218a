package org.tandem.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Fifty practitioners at work at once on the generated history, each signed in as a worker of a
 * generated area (the accounts and tokens {@code generate} makes): perpetrator workers on their
 * caseload, a case, a search by his name, the waiting list and the API, recording risk events;
 * facilitators recording tonight's session for the whole group; partner support on her task list
 * and her record; managers on the quarterly area report, the planner and the waiting list;
 * commissioners on the quarterly report over the API. Each pauses 1 to 3 seconds between pages, as
 * people do, so fifty virtual users are fifty people at work, not fifty loops. Beside them, the
 * framework floor ({@code /actuator/health}) and the database floor (each read's SQL over JDBC).
 */
public class PractitionersSimulation extends Simulation {

  private static final BenchData DATA = BenchData.load();
  private static final Duration LOAD = Duration.ofSeconds(Bench.SECONDS);
  private static final Duration RAMP = Duration.ofSeconds(Math.min(60, Bench.SECONDS / 3));
  static final String RECORD_SESSION = "page: record a session for the group (write)";
  static final String RISK_EVENT = "API: record a risk event (write)";
  static final String FLOOR = "floor: the stack with no work behind it (/actuator/health)";

  private final Meetings meetings = new Meetings(DATA.meetings);
  private DatabaseFloor floor;
  private Thread floorThread;

  private final HttpProtocolBuilder protocol =
      http.baseUrl(Bench.BASE).acceptHeader("text/html,application/json").disableFollowRedirect();

  /** Gives each new virtual user the next area, so the users spread over the areas. */
  private static ChainBuilder inAnArea(IntFunction<String> areaOf) {
    AtomicInteger next = new AtomicInteger();
    return exec(session -> session.set("area", areaOf.apply(next.getAndIncrement())));
  }

  private static String area(int n) {
    return DATA.areas.get(n % DATA.areas.size());
  }

  private static ChainBuilder signIn(String suffix) {
    return exec(session ->
            session
                .set("me", session.getString("area").toLowerCase() + "." + suffix)
                .set("token", Bench.token(session.getString("area").toLowerCase() + "." + suffix)))
        .exec(
            http("sign-in page")
                .get("/sign-in")
                .check(status().is(200))
                .check(css("input[name=_csrf]", "value").saveAs("csrf")),
            http("sign in (BCrypt)")
                .post("/sign-in")
                .formParam("username", "#{me}")
                .formParam("password", Bench.PASSWORD)
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302))
                // A refused sign-in goes back to the sign-in page; a good one goes on.
                .check(header("Location").transform(l -> l.contains("/sign-in")).is(false)));
  }

  /** A case of the user's area, his family name, and one of the area's women. */
  private static ChainBuilder pickWork() {
    return exec(
        session -> {
          ThreadLocalRandom r = ThreadLocalRandom.current();
          String area = session.getString("area");
          List<BenchData.Case> cases = DATA.cases.get(area);
          List<BenchData.Partner> women = DATA.partners.get(area);
          BenchData.Case c = cases.get(r.nextInt(cases.size()));
          BenchData.Partner p = women.get(r.nextInt(women.size()));
          return session
              .set("ref", c.reference())
              .set("name", c.familyName())
              .set("pref", p.reference())
              .set("partner", p.id())
              .set("today", LocalDate.now(ZoneId.of("Europe/London")).toString());
        });
  }

  private static ChainBuilder think() {
    return pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
  }

  private static ChainBuilder read(Read read) {
    var request = http(read.name()).get(read.path()).check(status().is(200));
    if (read.api()) {
      String token = read.who().contains(".") ? Bench.token(read.who()) : "#{token}";
      request =
          request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }
    return exec(request).exec(think());
  }

  private static ChainBuilder riskEvent() {
    return exec(http(RISK_EVENT)
            .post("/api/v1/cases/#{ref}/risk-events")
            .header("Authorization", "Bearer #{token}")
            .header("Content-Type", "application/json")
            .body(
                StringBody(
                    """
                    {"kind": "OTHER", "occurredOn": "#{today}",
                     "summary": "Invented: benchmark load", "raisesAlert": false}
                    """))
            .check(status().is(201)))
        .exec(think());
  }

  private final ScenarioBuilder perpetratorWorkers =
      scenario("perpetrator workers")
          .exec(inAnArea(PractitionersSimulation::area), signIn("worker"))
          .during(LOAD)
          .on(
              pickWork(),
              read(Read.CASELOAD),
              read(Read.CASE),
              read(Read.SEARCH),
              read(Read.API_CASE),
              read(Read.WAITING),
              read(Read.API_CASELOAD),
              exec(randomSwitch().on(new Choice.WithWeight(25, riskEvent()))));

  private final ScenarioBuilder partnerSupport =
      scenario("partner support")
          .exec(inAnArea(n -> area(n + 7)), signIn("partner"))
          .during(LOAD)
          .on(pickWork(), read(Read.TASKS), read(Read.HER_RECORD));

  private final ScenarioBuilder facilitators =
      scenario("facilitators")
          .exec(inAnArea(meetings::area), signIn("facilitator"))
          .during(LOAD)
          .on(
              read(Read.WEEK),
              exec(meetings::next)
                  .doIf(session -> session.contains("group"))
                  .then(
                      exec(http("page: the session form for the group")
                              .get("/groups/#{group}/sessions/new?date=#{date}")
                              .check(status().is(200))
                              .check(form("form[action$='/sessions']").saveAs("session")))
                          // Filling in twelve men's marks takes a while.
                          .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
                          .exec(
                              http(RECORD_SESSION)
                                  .post("/groups/#{group}/sessions")
                                  .form("#{session}")
                                  .check(status().is(302))
                                  .check(header("Location").is(Bench.BASE + "/facilitator")))
                          .exec(think())));

  private final ScenarioBuilder managers =
      scenario("service managers")
          .exec(inAnArea(n -> area(n + 13)), signIn("manager"))
          .during(LOAD)
          .on(read(Read.AREA_REPORT), read(Read.PLANNER), read(Read.API_WAITING));

  private final ScenarioBuilder commissioners =
      scenario("commissioners")
          .during(LOAD)
          .on(
              exec(
                  session ->
                      session.set(
                          "area", area(ThreadLocalRandom.current().nextInt(DATA.areas.size())))),
              read(Read.API_AREA_REPORT));

  private final ScenarioBuilder frameworkFloor =
      scenario("framework floor")
          .during(LOAD)
          .on(
              exec(http(FLOOR).get("/actuator/health").check(status().is(200)))
                  .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

  @Override
  public void before() {
    try {
      floor = new DatabaseFloor(SqlCapture.load());
    } catch (Exception e) {
      throw new IllegalStateException("No captured SQL: run BenchPrepare first", e);
    }
    floorThread = new Thread(floor, "database-floor");
    floorThread.start();
  }

  @Override
  public void after() {
    floor.stop();
    try {
      floorThread.join(30_000);
      Floors.write(floor.micros());
      Results.put("session men", meetings.menRecorded());
      if (floor.failure() != null) {
        Results.put("floor failure", String.valueOf(floor.failure()));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  {
    int u = Bench.USERS;
    int workers = Math.max(1, Math.round(u * 0.40f));
    int partners = Math.max(1, Math.round(u * 0.20f));
    int facilitatorCount = Math.max(1, Math.round(u * 0.12f));
    int managerCount = Math.max(1, Math.round(u * 0.12f));
    int commissionerCount = Math.max(1, Math.round(u * 0.08f));
    int probes =
        Math.max(1, u - workers - partners - facilitatorCount - managerCount - commissionerCount);
    List<PopulationBuilder> people = new ArrayList<>();
    people.add(perpetratorWorkers.injectOpen(rampUsers(workers).during(RAMP)));
    people.add(partnerSupport.injectOpen(rampUsers(partners).during(RAMP)));
    people.add(facilitators.injectOpen(rampUsers(facilitatorCount).during(RAMP)));
    people.add(managers.injectOpen(rampUsers(managerCount).during(RAMP)));
    people.add(commissioners.injectOpen(rampUsers(commissionerCount).during(RAMP)));
    people.add(frameworkFloor.injectOpen(rampUsers(probes).during(RAMP)));
    setUp(people).protocols(protocol).maxDuration(LOAD.plus(RAMP).plusSeconds(60));
  }
}
