package org.tandem.journeys;

import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import org.junit.jupiter.api.Test;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A perpetrator worker signs in and lands on "my work", sees which of their cases is overdue and
 * opens it.
 */
class MyWorkJourneyTest extends BrowserTest {

  @Test
  void aPerpetratorWorkerSignsInToMyWorkAndOpensAnOverdueCase() {
    String overdue = newCase(area);
    String onTime = newCase(area);
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    for (String reference : new String[] {overdue, onTime}) {
      jdbc.sql("UPDATE referral SET allocated_perpetrator_worker_id = :id WHERE reference = :r")
          .param("id", worker.id())
          .param("r", reference)
          .update();
    }
    jdbc.sql("UPDATE referral SET risk_review_due_on = :due WHERE reference = :r")
        .param("due", clock.today().minusDays(2))
        .param("r", overdue)
        .update();

    signIn(worker);
    expect(page.locator("h1")).hasText("My work");
    expect(link(page, "My work")).hasAttribute("aria-current", "page");
    expect(page.locator("table[aria-labelledby=my-cases] tbody tr").first()).containsText(overdue);
    expect(page.locator("table[aria-labelledby=my-cases] tbody tr").first())
        .containsText("Risk review overdue");
    expect(page.locator("table[aria-labelledby=my-cases]")).containsText(onTime);
    assertAccessible();

    follow(link(page, overdue));
    expect(page.locator("h1")).containsText(overdue);
    assertAccessible();
  }
}
