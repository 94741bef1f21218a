package org.tandem.nodes;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tandem.TestClockConfiguration;

/**
 * Many callers writing risk events through the API at once, sent to the nodes in turn as a proxy
 * would. Like a proxy, a write that a node refused to connect for is sent to the next node (it
 * never reached the first, so it cannot be there twice); a write whose connection broke after it
 * was sent is not sent again, because it may have been saved, and the caller is told it failed.
 */
final class WritesThroughAProxy {

  /**
   * A write the caller was answered for (2xx: acknowledged), and whether it was sent after the
   * stop.
   */
  record Answered(String summary, Node node, int status, String body, boolean afterTheStop) {
    boolean acknowledged() {
      return status / 100 == 2;
    }
  }

  /** A write whose connection broke once sent: the caller cannot know whether it was saved. */
  record Broken(String summary, Node node, String why) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final List<Node> nodes;
  private final String path;
  private final String token;
  private final AtomicInteger turn = new AtomicInteger();
  private final Queue<Answered> answered = new ConcurrentLinkedQueue<>();
  private final Queue<Broken> broken = new ConcurrentLinkedQueue<>();
  private volatile boolean stopped;
  private final java.util.concurrent.atomic.AtomicInteger sent =
      new java.util.concurrent.atomic.AtomicInteger();

  WritesThroughAProxy(List<Node> nodes, String reference, String token) {
    this.nodes = nodes;
    this.path = "/api/v1/cases/" + reference + "/risk-events";
    this.token = token;
  }

  /**
   * Runs the callers, each writing {@code eachWrites} risk events whose summaries start with the
   * prefix and are all different, and stops the node once {@code stopAfter} writes have been
   * acknowledged.
   */
  void run(int callers, int eachWrites, String prefix, Node toStop, int stopAfter)
      throws InterruptedException {
    CountDownLatch enoughWritten = new CountDownLatch(stopAfter);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    for (int c = 0; c < callers; c++) {
      int caller = c;
      pool.execute(
          () -> {
            // Each caller writes its share and goes on until it has sent two writes after the
            // stop: a node can take longer to stop than the rest of the load takes to send.
            int n = 0;
            int afterTheStop = 0;
            while ((n < eachWrites || afterTheStop < 2) && n < eachWrites * 50) {
              boolean sentAfterTheStop = stopped;
              if (write(prefix + " " + caller + "-" + n)) {
                enoughWritten.countDown();
              }
              afterTheStop += sentAfterTheStop ? 1 : 0;
              n++;
            }
            sent.addAndGet(n);
          });
    }
    enoughWritten.await(60, TimeUnit.SECONDS);
    toStop.close();
    stopped = true;
    pool.shutdown();
    if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
      pool.shutdownNow();
      throw new AssertionError("The callers were still writing after a minute");
    }
  }

  /** How many writes the callers sent in all. */
  int sent() {
    return sent.get();
  }

  List<Answered> answered() {
    return List.copyOf(answered);
  }

  List<Broken> broken() {
    return List.copyOf(broken);
  }

  private boolean write(String summary) {
    int first = Math.floorMod(turn.getAndIncrement(), nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get((first + i) % nodes.size());
      boolean sentAfterTheStop = stopped;
      try {
        HttpResponse<String> response = HTTP.send(request(node, summary), ofString());
        Answered answer =
            new Answered(summary, node, response.statusCode(), response.body(), sentAfterTheStop);
        answered.add(answer);
        return answer.acknowledged();
      } catch (ConnectException refused) {
        // Never reached the node: the proxy tries the next one.
      } catch (IOException e) {
        broken.add(new Broken(summary, node, e.toString()));
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    answered.add(new Answered(summary, null, 502, "no node accepted the connection", stopped));
    return false;
  }

  private HttpRequest request(Node node, String summary) {
    String json =
        "{\"kind\": \"DISCLOSURE\", \"occurredOn\": \"%s\", \"summary\": \"%s\", \"raisesAlert\": false}"
            .formatted(TestClockConfiguration.CLOCK.today(), summary);
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
