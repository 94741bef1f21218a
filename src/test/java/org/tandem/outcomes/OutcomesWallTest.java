package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * Outcomes hold one coded [wall] column, whether his partner engaged with partner support in a
 * historical case, and the aggregate partner-support figures of every area. No route to any of it
 * answers a perpetrator-facing role (intake, the perpetrator worker, the children's worker), and
 * the area report shows partner support only as suppressed totals.
 */
public class OutcomesWallTest extends TandemTest {

  /** The [wall] columns of the outcomes schema; coded, so no marker can be planted in them. */
  public static final Set<String> WALL_COLUMNS = Set.of("historical_case.woman_engaged");

  /** The outcomes routes for an area. */
  private static List<String> routes(String area) {
    return List.of(
        "/api/v1/outcomes/repeat-victimisation?area=" + area,
        "/api/v1/outcomes/area-report?area=" + area,
        "/api/v1/outcomes/area-report/pdf?area=" + area,
        "/api/v1/outcomes/area-report/xlsx?area=" + area,
        "/api/v1/outcomes/marac-return?area=" + area,
        "/api/v1/outcomes/marac-return/xlsx?area=" + area,
        "/api/v1/benchmarks",
        "/api/v1/benchmarks/xlsx",
        "/api/v1/outcomes/national-dataset?area="
            + area
            + "&from=2026-01-01&to=2026-12-31&format=csv",
        "/api/v1/outcomes/national-dataset?area="
            + area
            + "&from=2026-01-01&to=2026-12-31&format=json");
  }

  @Test
  void noOutcomesRouteAnswersAPerpetratorFacingRole() {
    // The test's own area; and a perpetrator worker of another area, as a worker elsewhere.
    TestArea own = newArea();
    String area = own.code();
    String reference = newCase(own);
    List<TestArea.User> perpetratorFacing =
        List.of(
            own.user(Role.INTAKE),
            own.user(Role.PERPETRATOR_WORKER),
            own.user(Role.CHILDRENS_WORKER),
            newArea().user(Role.PERPETRATOR_WORKER));
    for (TestArea.User user : perpetratorFacing) {
      for (String route : routes(area)) {
        HttpResponse<byte[]> response = apiGetBytes(user.token(), route);
        assertThat(response.statusCode()).as(user.username() + " " + route).isEqualTo(403);
      }
      HttpResponse<String> imported =
          send(
              HttpRequest.newBuilder(
                      URI.create(baseUrl() + "/api/v1/imports/historical-outcomes?area=" + area))
                  .header("Authorization", "Bearer " + user.token())
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofString(HistoricalImportApiTest.publishedCsv()))
                  .build());
      assertThat(imported.statusCode()).as(user.username() + " import").isEqualTo(403);
      HttpResponse<String> marked =
          apiPost(
              user.token(),
              "/api/v1/outcomes/repeat-victimisation/exclusions",
              "{\"area\": \"%s\", \"caseCode\": \"%s\", \"reason\": \"Invented\"}"
                  .formatted(area, reference));
      assertThat(marked.statusCode()).as(user.username() + " exclusion").isEqualTo(403);
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM historical_case h JOIN area a ON a.id = h.area_id WHERE a.code = :code")
                .param("code", area)
                .query(Long.class)
                .single())
        .isZero();
  }
}
