package org.tandem.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * The schedule over the API: read by managers and the system administrator, changed with the
 * version read, so a change made meanwhile is refused rather than overwritten; numbers out of range
 * are named; every change is in the audit trail; nobody else may read or change it.
 */
class RetentionScheduleApiTest extends TandemTest {

  private static final String SCHEDULE = "/api/v1/retention/schedule";

  /** A schedule the API can read, so what answers is the role check, not the body's. */
  private static final String WHOLE_SCHEDULE =
      "{\"closedCaseYears\": 6, \"youngestChildAge\": 25, \"notTakenUpYears\": 2,"
          + " \"version\": 0}";

  @Test
  void aManagerChangesTheScheduleWithTheVersionReadAndMistakesAreNamed() {
    TestArea area = newArea();
    String manager = area.token(Role.SERVICE_MANAGER);
    JsonNode read = TestApi.ok(apiGet(manager, SCHEDULE));
    int closed = read.get("closedCaseYears").asInt();
    int child = read.get("youngestChildAge").asInt();
    int notTaken = read.get("notTakenUpYears").asInt();
    int version = read.get("version").asInt();

    HttpResponse<String> bad =
        apiPut(
            manager,
            SCHEDULE,
            "{\"closedCaseYears\": 0, \"youngestChildAge\": 12, \"notTakenUpYears\": 500,"
                + " \"version\": %d}".formatted(version));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"field\":\"closedCaseYears\"")
        .contains("\"field\":\"youngestChildAge\"")
        .contains("\"field\":\"notTakenUpYears\"");

    // Saved as it was, so other tests find the service's schedule unchanged.
    String same =
        "{\"closedCaseYears\": %d, \"youngestChildAge\": %d, \"notTakenUpYears\": %d,"
            + " \"version\": %d}";
    HttpResponse<String> saved =
        apiPut(manager, SCHEDULE, same.formatted(closed, child, notTaken, version));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
    assertThat(TestApi.ok(apiGet(manager, SCHEDULE)).get("version").asInt()).isEqualTo(version + 1);
    HttpResponse<String> stale =
        apiPut(manager, SCHEDULE, same.formatted(closed, child, notTaken, version));
    assertThat(stale.statusCode()).as("a change made meanwhile").isEqualTo(409);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE username = :u"
                        + " AND what = 'retention schedule' AND action = 'UPDATE'")
                .param("u", area.user(Role.SERVICE_MANAGER).username())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void nobodyButManagersAndTheAdministratorMayReadOrChangeIt() {
    TestArea area = newArea();
    String administrator = area.token(Role.SYSTEM_ADMINISTRATOR);
    assertThat(apiGet(administrator, SCHEDULE).statusCode()).isEqualTo(200);
    assertThat(apiGet(administrator, "/api/v1/retention/preview").statusCode())
        .as("the preview lists cases: managers only")
        .isEqualTo(403);
    for (Role role :
        new Role[] {
          Role.INTAKE,
          Role.PERPETRATOR_WORKER,
          Role.PARTNER_SUPPORT_WORKER,
          Role.CHILDRENS_WORKER,
          Role.COMMISSIONER
        }) {
      assertThat(apiGet(area.token(role), SCHEDULE).statusCode()).as(role.name()).isEqualTo(403);
      assertThat(apiPut(area.token(role), SCHEDULE, WHOLE_SCHEDULE).statusCode())
          .as(role.name())
          .isEqualTo(403);
      assertThat(
              apiPost(area.token(role), "/api/v1/cases/NOPE-0001/legal-hold", "{\"reason\":\"x\"}")
                  .statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
  }
}
