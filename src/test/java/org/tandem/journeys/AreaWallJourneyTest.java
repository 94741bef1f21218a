package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.allRowsOnAllPages;
import static org.tandem.journeys.Journey.assertNoneContain;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.Response;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.json.JsonMapper;

/** The walls as pages show them: between areas, and around partner support. */
class AreaWallJourneyTest extends BrowserTest {

  @Test
  void aWorkerInOneAreaCannotOpenOrListAnotherAreasCase() {
    TestArea his = newArea();
    TestArea other = newArea();
    String hisCase = newCase(his);
    String otherCase = newCase(other);
    onTheWaitingList(his, hisCase);
    onTheWaitingList(other, otherCase);
    String otherCode = other.code() + "-";
    signIn(his.user(Role.PERPETRATOR_WORKER));

    Response response = page.navigate("/cases/" + otherCase);
    assertThat(response.status()).isEqualTo(404);
    expect(page.locator("h1")).hasText("Page not found");
    expect(page).hasTitle("Page not found – Tandem");
    expect(page.locator("main")).not().containsText(otherCase);
    assertAccessible();

    page.navigate("/cases");
    page.waitForLoadState();
    expect(page.locator("h1")).hasText("Cases");
    assertAccessible();
    List<String> rows = allRowsOnAllPages(page);
    assertThat(rows).as("his own area's cases are listed").anyMatch(r -> r.contains(hisCase));
    assertNoneContain(rows, otherCode);

    page.navigate("/cases?q=" + otherCase);
    page.waitForLoadState();
    expect(page.locator("main")).containsText("No cases found.");

    page.navigate("/waiting-list");
    page.waitForLoadState();
    List<String> waiting = allRowsOnAllPages(page);
    assertThat(waiting).as("his own area's waiting list").anyMatch(r -> r.contains(hisCase));
    assertNoneContain(waiting, otherCode);
  }

  /** Triages the case as appropriate for assessment, which puts him on the waiting list. */
  private void onTheWaitingList(TestArea area, String reference) {
    String token = area.token(Role.INTAKE);
    String version =
        new JsonMapper()
            .readTree(apiGet(token, "/api/v1/cases/" + reference).body())
            .get("version")
            .asString();
    HttpResponse<String> triaged =
        apiPost(
            token,
            "/api/v1/cases/" + reference + "/triage",
            "{\"outcome\": \"APPROPRIATE_FOR_ASSESSMENT\", \"version\": %s}".formatted(version));
    assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
  }

  @Test
  void aPerpetratorWorkerCannotSeePartnerSupportTasks() {
    signIn(newArea().user(Role.PERPETRATOR_WORKER));
    expect(link(page, "Partner support tasks")).hasCount(0);

    Response response = page.navigate("/partner-support/tasks");
    assertThat(response.status()).isEqualTo(403);
    expect(page.locator("h1")).hasText("You cannot see this page");
    expect(page.locator("main")).not().containsText("Send the letter");
    assertAccessible();
  }
}
