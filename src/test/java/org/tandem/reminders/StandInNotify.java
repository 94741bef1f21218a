package org.tandem.reminders;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for GOV.UK Notify on a local port: it answers {@code POST /v2/notifications/sms} and
 * {@code /v2/notifications/email} as Notify does (201 with the notification's id), and keeps what
 * it was sent so a test can look. One is shared by the whole test run ({@link #shared()}), and
 * {@code TandemTest} points the application at it; each test finds its own messages by the phone
 * number or email it made. A test may make it refuse the next requests ({@link #failNext}).
 */
public final class StandInNotify {

  /** One message Notify was asked to send. */
  public record Received(
      String kind,
      String to,
      String templateId,
      Map<String, String> personalisation,
      String reference,
      String id) {}

  /**
   * A key of the shape Notify issues: a name, the service's id and a secret, each id a UUID. The
   * client signs a token with the secret; the stand-in does not check it.
   */
  public static final String API_KEY = "tandem_test-" + UUID.randomUUID() + "-" + UUID.randomUUID();

  private static final JsonMapper JSON = new JsonMapper();
  private static StandInNotify shared;

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int failWith = 500;
  private final Map<String, int[]> failuresFor = new java.util.concurrent.ConcurrentHashMap<>();

  private StandInNotify() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/v2/notifications/sms", e -> answer(e, "sms"));
    server.createContext("/v2/notifications/email", e -> answer(e, "email"));
    server.start();
  }

  /** The stand-in the whole run shares, started the first time it is asked for. */
  public static synchronized StandInNotify shared() {
    if (shared == null) {
      shared = new StandInNotify();
    }
    return shared;
  }

  public String baseUrl() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /** Every message received so far, oldest first. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The messages sent to this phone number or email address. */
  public List<Received> receivedBy(String to) {
    return received.stream().filter(r -> to.equals(r.to())).toList();
  }

  /** The messages sent for this reminder: Tandem's reference for it is "reminder-" and its id. */
  public List<Received> receivedFor(long reminderId) {
    return received.stream().filter(r -> ("reminder-" + reminderId).equals(r.reference())).toList();
  }

  /** The next {@code times} requests are answered with this status, as Notify's errors are. */
  public void failNext(int times, int status) {
    failWith = status;
    failures.set(times);
  }

  private void answer(HttpExchange exchange, String kind) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
      String to = body.path(kind.equals("sms") ? "phone_number" : "email_address").asString();
      int refusal = refusal(to);
      if (refusal > 0) {
        respond(
            exchange,
            refusal,
            "{\"status_code\": %d, \"errors\": [{\"error\": \"Failure\", \"message\": \"Stand-in refused\"}]}"
                .formatted(refusal));
        return;
      }
      String template = body.path("template_id").asString();
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      body.path("personalisation")
          .properties()
          .forEach(f -> fields.put(f.getKey(), f.getValue().asString()));
      String id = UUID.randomUUID().toString();
      received.add(
          new Received(
              kind, to, template, Map.copyOf(fields), body.path("reference").asString(), id));
      String content =
          kind.equals("sms")
              ? "{\"body\": \"Reminder\", \"from_number\": \"TANDEM\"}"
              : "{\"body\": \"Reminder\", \"from_email\": \"service@example.org\", \"subject\": \"Reminder\"}";
      respond(
          exchange,
          201,
          """
          {"id": "%s", "reference": null, "uri": "%s/v2/notifications/%s",
           "content": %s,
           "template": {"id": "%s", "version": 1, "uri": "%s/v2/template/%s"},
           "one_click_unsubscribe_url": null}
          """
              .formatted(id, baseUrl(), id, content, template, baseUrl(), template));
    }
  }

  /** The status to refuse a message to this address with, or 0 to accept it. */
  private int refusal(String to) {
    int[] forThem = failuresFor.get(to);
    if (forThem != null) {
      synchronized (forThem) {
        if (forThem[0] > 0) {
          forThem[0]--;
          return forThem[1];
        }
      }
    }
    return failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failWith : 0;
  }

  /**
   * The next {@code times} messages to this phone number or email are answered with this status:
   * for a test whose address is its own, so that no other test's message takes its failures.
   */
  public void failFor(String to, int times, int status) {
    failuresFor.put(to, new int[] {times, status});
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
