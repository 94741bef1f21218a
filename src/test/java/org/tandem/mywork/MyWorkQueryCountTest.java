package org.tandem.mywork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tandem.StatementCounting;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.programme.AGroup;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * "My work" costs the same number of SQL statements for every role however many cases it lists:
 * counted with two families, then again with six more, each with alerts, tasks due, a MARAC
 * referral, children and a group tonight.
 */
class MyWorkQueryCountTest extends TandemTest {

  @Test
  void myWorkCostsTheSameStatementsHoweverManyCasesItLists() {
    TestArea area = newArea();
    WorkFixture work = new WorkFixture(jdbc, api());
    long group =
        AGroup.in(area)
            .named("Counted tonight " + System.nanoTime())
            .firstMeetingOn(clock.today())
            .create(api())
            .id();
    work.facilitates(group, area.user(Role.PERPETRATOR_WORKER));
    for (int i = 0; i < 2; i++) {
      busy(area, work);
    }
    Map<String, Integer> small = countEveryRole(area);
    for (int i = 0; i < 6; i++) {
      busy(area, work);
    }
    Map<String, Integer> large = countEveryRole(area);
    assertThat(large).as("statements with four times the cases").isEqualTo(small);
  }

  /** One allocated case with work due on both sides of the wall, and one awaiting triage. */
  private void busy(TestArea area, WorkFixture work) {
    Family family = newFamily(AReferral.in(area).withChildren(2)).appropriate(null);
    work.allocate(family, true);
    work.riskReviewDue(family, clock.today().minusDays(1));
    work.tasksOverdue(family);
    work.alertedEvent(family, clock.today(), "Invented event");
    work.maracDue(family, clock.today());
    newFamily(area);
    newFamily(AReferral.in(area)).appropriate(null);
  }

  private Map<String, Integer> countEveryRole(TestArea area) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Role role :
        new Role[] {
          Role.INTAKE,
          Role.PERPETRATOR_WORKER,
          Role.PARTNER_SUPPORT_WORKER,
          Role.CHILDRENS_WORKER,
          Role.SERVICE_MANAGER
        }) {
      var session = signedIn(area.user(role));
      counts.put(
          role + " page", counted(id -> session.get("/my-work", StatementCounting.HEADER, id)));
      String token = area.token(role);
      counts.put(
          role + " API",
          counted(
              id ->
                  send(
                      HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/work"))
                          .header("Authorization", "Bearer " + token)
                          .header("Accept", "application/json")
                          .header(StatementCounting.HEADER, id)
                          .GET()
                          .build())));
    }
    return counts;
  }

  /** Asked twice, so that what the first request fills once (a session, a cache) is not counted. */
  private static int counted(Function<String, HttpResponse<String>> get) {
    int count = -1;
    for (int i = 0; i < 2; i++) {
      String id = UUID.randomUUID().toString();
      HttpResponse<String> response = get.apply(id);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      count = StatementCounting.of(id).orElseThrow();
    }
    return count;
  }
}
