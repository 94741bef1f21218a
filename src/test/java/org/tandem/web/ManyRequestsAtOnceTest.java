package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * A hundred people at once, half through the API with a token and half through the pages, all on
 * one case, against the pool of ten database connections: every one is answered, quickly. A request
 * that held one connection while it waited for a second (a query inside another query's row mapper)
 * would exhaust the pool and leave the rest waiting for the pool's timeout.
 */
class ManyRequestsAtOnceTest extends TandemTest {

  private static final int AT_ONCE = 100;
  private static final Duration EACH_WITHIN = Duration.ofSeconds(10);

  @Test
  void aHundredApiAndPageRequestsAtOnceAreAllAnsweredQuickly() throws Exception {
    TestArea area = newArea();
    Family family = newFamily(area).appropriate(null);
    String token = area.token(Role.PERPETRATOR_WORKER);
    List<PageSession> sessions = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sessions.add(signedIn(area.user(Role.PERPETRATOR_WORKER)));
    }

    List<Callable<Answer>> requests = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      PageSession session = sessions.get(i % sessions.size());
      requests.add(
          i % 2 == 0
              ? () -> timed(() -> apiGet(token, family.path()))
              : () -> timed(() -> session.get("/cases/" + family.reference())));
    }
    ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
    List<Answer> answers = new ArrayList<>();
    try {
      for (Future<Answer> answer : callers.invokeAll(requests, 60, TimeUnit.SECONDS)) {
        assertThat(answer.isCancelled()).as("a request still unanswered after a minute").isFalse();
        answers.add(answer.get());
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(answers).extracting(Answer::status).containsOnly(200);
    assertThat(answers)
        .allSatisfy(a -> assertThat(a.took()).isLessThan(EACH_WITHIN))
        .extracting(Answer::body)
        .allSatisfy(body -> assertThat(body).contains(family.reference()));
  }

  private record Answer(int status, String body, Duration took) {}

  private static Answer timed(Callable<HttpResponse<String>> request) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = request.call();
    return new Answer(
        response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
  }
}
