package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.token;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;

/**
 * Outcomes hold one coded [wall] column, whether his partner engaged with partner support in a
 * historical case, and the aggregate partner-support figures of every area. No route to any of it
 * answers a perpetrator-facing role (intake, the perpetrator worker, the children's worker), and
 * the area report shows partner support only as suppressed totals.
 */
public class OutcomesWallTest extends TandemTest {

  /** The [wall] columns of the outcomes schema; coded, so no marker can be planted in them. */
  public static final Set<String> WALL_COLUMNS = Set.of("historical_case.woman_engaged");

  private static final List<String> PERPETRATOR_FACING =
      List.of("intake", "perpetrator.worker", "childrens.worker", "eastwick.worker");

  private static final List<String> ROUTES =
      List.of(
          "/api/v1/outcomes/repeat-victimisation?area=NMR",
          "/api/v1/outcomes/area-report?area=NMR",
          "/api/v1/outcomes/area-report/pdf?area=NMR",
          "/api/v1/outcomes/area-report/xlsx?area=NMR",
          "/api/v1/outcomes/national-dataset?area=NMR&from=2026-01-01&to=2026-12-31&format=csv",
          "/api/v1/outcomes/national-dataset?area=NMR&from=2026-01-01&to=2026-12-31&format=json");

  @Test
  void noOutcomesRouteAnswersAPerpetratorFacingRole() {
    for (String user : PERPETRATOR_FACING) {
      for (String route : ROUTES) {
        HttpResponse<byte[]> response = apiGetBytes(token(user), route);
        assertThat(response.statusCode()).as(user + " " + route).isEqualTo(403);
      }
      HttpResponse<String> imported =
          send(
              HttpRequest.newBuilder(
                      URI.create(baseUrl() + "/api/v1/imports/historical-outcomes?area=NMR"))
                  .header("Authorization", "Bearer " + token(user))
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofString(HistoricalImportApiTest.publishedCsv()))
                  .build());
      assertThat(imported.statusCode()).as(user + " import").isEqualTo(403);
      HttpResponse<String> marked =
          apiPost(
              token(user),
              "/api/v1/outcomes/repeat-victimisation/exclusions",
              "{\"area\": \"NMR\", \"caseCode\": \"NMR-0001\", \"reason\": \"Invented\"}");
      assertThat(marked.statusCode()).as(user + " exclusion").isEqualTo(403);
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM historical_case h JOIN area a ON a.id = h.area_id WHERE a.code = 'NMR'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
