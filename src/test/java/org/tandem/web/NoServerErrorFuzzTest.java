package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import org.tandem.web.FuzzEndpoints.Endpoint;

/**
 * No request, however wrong, gets a 5xx. Every handler Spring MVC knows (so a new endpoint is
 * covered the day it is added), every method it takes, is sent generated bad input by a signed-in
 * user of every role, perpetrator-facing ones included: overflowing and negative numbers, NUL and
 * control characters, unicode, long text, wrong and missing Content-Types, malformed JSON, JSON of
 * the wrong shape, unknown enum values, impossible dates, garbage path variables, malformed CSV for
 * the import. Then each parameter in turn holds a NUL, the largest int or nothing, the others
 * right-looking. Each answer must be below 500 and must not show a stack trace or SQL; nothing may
 * be logged at ERROR while it runs.
 *
 * <p>Deterministic: the seed is printed and fixed unless {@code -Dfuzz.seed=...} gives another;
 * {@code -Dfuzz.attempts=N} sends more requests per endpoint and role.
 */
class NoServerErrorFuzzTest extends TandemTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20_261_205L);
  private static final int ATTEMPTS = Integer.getInteger("fuzz.attempts", 2);
  private static final int THREADS = 4;

  /**
   * Changes to what the whole service shares — areas, teams and users, curricula, the letter
   * template, the DASH questions, the planner's saved scenarios — are left out: this test runs in
   * the database every other test reads, and a generated value that happened to be valid would
   * change what they see. Their GETs are fuzzed; their forms are tested by their own tests.
   */
  private static final Pattern SERVICE_WIDE =
      Pattern.compile(
          "(/api/v1)?/(admin/.*|areas|curricula.*|planner/scenarios.*|partner-support/letter.*)");

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  /** A stack trace, an exception's class name, or the database's own words. */
  private static final Pattern LEAK =
      Pattern.compile(
          "\\bat (org|java|jdk|tools|com)\\.[\\w.$]+\\(|\\b\\w+(Exception|Error)\\b(?!\\w)"
              + "|PSQLException|SQLState|org\\.postgresql|syntax error at or near|bad SQL grammar");

  private static final List<String> EXTRA_PARAMS =
      List.of("page", "size", "q", "area", "quarter", "from", "to", "version", "scenario");

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json",
          "application/json",
          "application/json",
          "application/json",
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=none",
          "application/json; charset=UTF-16",
          "x/y",
          "");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mapping;

  private final Map<Role, PageSession> sessions = new ConcurrentHashMap<>();
  private final Map<Role, String> csrf = new ConcurrentHashMap<>();
  private TestArea area;

  @Test
  void noRequestGetsAServerErrorAStackTraceOrSql() throws Exception {
    System.out.println("Fuzz seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + ")");
    area = newArea();
    Family family = newFamily(area);
    for (Role role : Role.values()) {
      signIn(role);
    }
    FuzzInputs.Known known =
        new FuzzInputs.Known(family.reference(), area.code(), area.id(), List.of(family.child(0)));
    List<Endpoint> endpoints = FuzzEndpoints.of(mapping);
    assertThat(endpoints).as("Tandem's handlers, found from Spring MVC").hasSizeGreaterThan(200);

    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logged.start();
    root.addAppender(logged);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Endpoint endpoint : endpoints) {
        if (endpoint.changes() && SERVICE_WIDE.matcher(endpoint.pattern()).matches()) {
          continue;
        }
        // Each endpoint its own generator from the seed, so the order the threads run in does not
        // change what any endpoint is sent.
        FuzzInputs inputs =
            new FuzzInputs(new Random(SEED ^ endpoint.toString().hashCode()), known);
        done.add(pool.submit(() -> fuzz(endpoint, inputs, failures, statuses)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
      root.detachAppender(logged);
    }
    System.out.printf(
        "Fuzz: %s requests to %d endpoints in %d s; answers by status %s%n",
        statuses.values().stream().mapToInt(AtomicInteger::get).sum(),
        endpoints.size(),
        Duration.ofNanos(System.nanoTime() - started).toSeconds(),
        statuses);

    assertThat(failures)
        .as("requests (seed %d) answered with a server error, a stack trace or SQL", SEED)
        .isEmpty();
    assertThat(
            logged.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
                .toList())
        .as("logged at ERROR while fuzzing (seed %d)", SEED)
        .isEmpty();
  }

  /**
   * Every role, a few times each; a role refused the endpoint (401, 403) is not asked again, since
   * its requests stop before any of the code this test is after.
   */
  private void fuzz(
      Endpoint endpoint,
      FuzzInputs inputs,
      List<String> failures,
      Map<Integer, AtomicInteger> statuses) {
    Role letIn = null;
    for (Role role : Role.values()) {
      for (int i = 0; i < ATTEMPTS; i++) {
        int status =
            send(endpoint, role, request(endpoint, role, inputs, null), failures, statuses);
        if (status == 401 || status == 403) {
          break;
        }
        letIn = letIn == null ? role : letIn;
      }
    }
    if (letIn == null) {
      return;
    }
    // Then each parameter in turn, as a role let in, holding a NUL, then the largest int, then left
    // out (what broke most often before), the rest right-looking so the request reaches the code
    // behind; and each list of a form with rows far beyond its last.
    FuzzInputs background = inputs.rightLooking();
    for (String name : sweepable(endpoint)) {
      for (String value : FuzzInputs.SWEEP) {
        send(
            endpoint,
            letIn,
            request(endpoint, letIn, background, new String[] {name, value}),
            failures,
            statuses);
      }
      send(
          endpoint,
          letIn,
          request(endpoint, letIn, background, new String[] {name, null}),
          failures,
          statuses);
    }
    for (FuzzEndpoints.FieldOf list : endpoint.formFields()) {
      for (FuzzEndpoints.FieldOf row : rows(list)) {
        for (String index : FuzzInputs.SWEEP_ROWS) {
          String name = list.name() + "[" + index + "]." + row.name();
          send(
              endpoint,
              letIn,
              request(endpoint, letIn, background, new String[] {name, "1"}),
              failures,
              statuses);
        }
      }
    }
  }

  private int send(
      Endpoint endpoint,
      Role role,
      HttpRequest request,
      List<String> failures,
      Map<Integer, AtomicInteger> statuses) {
    HttpResponse<byte[]> response = TestApi.send(request, HttpResponse.BodyHandlers.ofByteArray());
    System.out.println(
        "DEBUG "
            + endpoint
            + " "
            + endpoint.params()
            + " "
            + endpoint.formFields()
            + " "
            + role
            + " "
            + request.uri()
            + " -> "
            + response.statusCode());
    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
    check(endpoint, role, request, response, failures);
    if (!endpoint.api() && signedOut(response)) {
      signIn(role);
    }
    return response.statusCode();
  }

  /** The query and form parameters a handler reads by name, list rows aside. */
  private static List<String> sweepable(Endpoint endpoint) {
    List<String> names = new ArrayList<>();
    endpoint.params().forEach(p -> names.add(p.name()));
    for (FuzzEndpoints.FieldOf f : endpoint.formFields()) {
      if (rows(f).isEmpty()) {
        names.add(f.name());
      }
    }
    return names;
  }

  /** The fields of a row of a list field of a form; none for any other field. */
  private static List<FuzzEndpoints.FieldOf> rows(FuzzEndpoints.FieldOf field) {
    Class<?> element = FuzzEndpoints.raw(FuzzEndpoints.element(field.type()));
    return java.util.Collection.class.isAssignableFrom(FuzzEndpoints.raw(field.type()))
            && element.getName().startsWith("org.tandem.")
        ? FuzzEndpoints.fields(element)
        : List.of();
  }

  /** A generated request; with an override, that one parameter set to its value, or left out. */
  private HttpRequest request(Endpoint endpoint, Role role, FuzzInputs in, String[] override) {
    StringBuilder path = new StringBuilder();
    Matcher m = VARIABLE.matcher(endpoint.pattern());
    while (m.find()) {
      m.appendReplacement(
          path, Matcher.quoteReplacement(FuzzInputs.encode(in.pathValue(m.group(1)))));
    }
    m.appendTail(path);

    List<String[]> fields = new ArrayList<>();
    for (FuzzEndpoints.FieldOf p : endpoint.params()) {
      if (in.chance(75)) {
        fields.add(new String[] {p.name(), in.text(p.name(), p.type())});
      }
    }
    in.formFields(endpoint.formFields(), fields);
    if (override != null) {
      fields.removeIf(f -> f[0].equals(override[0]));
      if (override[1] != null) {
        fields.add(override);
      }
    } else if (in.chance(15)) {
      fields.add(new String[] {in.pick(EXTRA_PARAMS), in.bad()});
    }

    boolean form = !endpoint.api() && endpoint.changes();
    List<String[]> query = form ? List.of() : fields;
    URI uri = URI.create(baseUrl() + path + (query.isEmpty() ? "" : "?" + urlEncoded(query)));
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (endpoint.api()) {
      b.header("Authorization", "Bearer " + area.token(role))
          .header("Accept", in.chance(90) ? "application/json" : "text/csv");
    } else {
      b.header("Cookie", "JSESSIONID=" + sessions.get(role).sessionId())
          .header("Accept", in.chance(90) ? "text/html" : "application/json");
    }
    if (!endpoint.changes()) {
      return b.GET().build();
    }
    String type;
    String body;
    if (endpoint.api()) {
      type = in.pick(CONTENT_TYPES);
      body = in.json(endpoint.body() != null ? endpoint.body() : Object.class);
    } else {
      if (in.chance(95)) {
        fields.add(new String[] {"_csrf", csrf.get(role)});
      }
      if (!endpoint.files().isEmpty() && in.chance(85)) {
        String boundary = "fuzz" + UUID.nameUUIDFromBytes(uri.toString().getBytes());
        type = "multipart/form-data; boundary=" + boundary;
        body = multipart(boundary, fields, endpoint.files(), in);
      } else {
        type = in.chance(85) ? "application/x-www-form-urlencoded" : in.pick(CONTENT_TYPES);
        body = urlEncoded(fields);
      }
    }
    if (!type.isEmpty()) {
      b.header("Content-Type", type);
    }
    return b.method(
            endpoint.method().name(),
            HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private static String multipart(
      String boundary, List<String[]> fields, List<String> files, FuzzInputs in) {
    StringBuilder body = new StringBuilder();
    for (String[] f : fields) {
      body.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"")
          .append(f[0].replace("\"", ""))
          .append("\"\r\n\r\n")
          .append(f[1])
          .append("\r\n");
    }
    for (String file : files) {
      if (in.chance(90)) {
        body.append("--")
            .append(boundary)
            .append("\r\n")
            .append("Content-Disposition: form-data; name=\"")
            .append(file)
            .append("\"; filename=\"")
            .append(in.pick(List.of("cases.csv", "x", "", "ä.csv")))
            .append("\"\r\nContent-Type: ")
            .append(in.pick(List.of("text/csv", "application/octet-stream")))
            .append("\r\n\r\n")
            .append(in.csv())
            .append("\r\n");
      }
    }
    return body.append("--").append(boundary).append(in.chance(90) ? "--\r\n" : "").toString();
  }

  private static String urlEncoded(List<String[]> fields) {
    return fields.stream()
        .map(f -> FuzzInputs.encode(f[0]) + "=" + FuzzInputs.encode(f[1]))
        .collect(Collectors.joining("&"));
  }

  private void check(
      Endpoint endpoint,
      Role role,
      HttpRequest request,
      HttpResponse<byte[]> response,
      List<String> failures) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    String body =
        type.startsWith("text/") || type.contains("json")
            ? new String(response.body(), StandardCharsets.UTF_8)
            : "";
    Matcher leak = LEAK.matcher(body);
    boolean leaked = leak.find();
    if (response.statusCode() >= 500 || leaked) {
      failures.add(
          "%d%s as %s: %s %s (%s)%n  answer: %s"
                  .formatted(
                      response.statusCode(),
                      leaked ? " showing \"" + leak.group() + "\"" : "",
                      role,
                      request.method(),
                      cut(request.uri().toString()),
                      request.headers().firstValue("Content-Type").orElse("no Content-Type"),
                      cut(body))
              + "\n  handler: "
              + endpoint);
    }
  }

  private static boolean signedOut(HttpResponse<byte[]> response) {
    return response.statusCode() == 302
        && response.headers().firstValue("Location").orElse("").contains("/sign-in");
  }

  private synchronized void signIn(Role role) {
    PageSession session = signedIn(area.user(role));
    sessions.put(role, session);
    csrf.put(role, session.csrf("/account"));
  }

  private static String cut(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
