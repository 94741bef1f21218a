package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A manager or the system administrator records an area's population figures: whole numbers, adult
 * women no more than the population, and a source; every save audited with what it replaced; the
 * planner's figures offered where the area has none.
 */
class PopulationTest extends TandemTest {

  private Map<String, Object> figures(TestArea area) {
    return jdbc.sql("SELECT population, adult_women, population_source FROM area WHERE id = :id")
        .param("id", area.id())
        .query()
        .singleRow();
  }

  @Test
  void figuresThatCannotBeRightAreRefusedBesideEachField() {
    TestArea area = newArea();
    String manager = area.token(Role.SERVICE_MANAGER);
    HttpResponse<String> bad =
        apiPut(
            manager,
            "/api/v1/population/" + area.code(),
            "{\"population\": \"12.5\", \"adultWomen\": \"\", \"source\": \" \", \"version\": 0}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("population", "adultWomen", "source")
        .contains("must be a whole number");
    HttpResponse<String> tooMany =
        apiPut(
            manager,
            "/api/v1/population/" + area.code(),
            "{\"population\": \"1000\", \"adultWomen\": \"1001\", \"source\": \"Invented\", \"version\": 0}");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("no more than the population");
    assertThat(figures(area).get("adult_women")).isNull();

    HttpResponse<String> saved =
        apiPut(
            manager,
            "/api/v1/population/" + area.code(),
            "{\"population\": \"243,891\", \"adultWomen\": \"91556\", \"source\": \"Invented\", \"version\": 0}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(figures(area))
        .containsEntry("population", 243891)
        .containsEntry("adult_women", 91556)
        .containsEntry("population_source", "Invented");
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE what LIKE :what")
                .param("what", "population of area " + area.code() + ": 243891%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void thePageKeepsWhatWasTypedAndOffersThePlannersFigures() {
    TestArea area = newArea();
    // A commissioner's saved scenario with a row set against this area.
    HttpResponse<String> scenario =
        apiPost(
            area.token(Role.COMMISSIONER),
            "/api/v1/planner/scenarios",
            """
            {"name": "Invented plan %s", "form": {"areas[0].name": "Somewhere",
             "areas[0].population": "5000", "areas[0].adultWomen": "2100",
             "areas[0].tandemArea": "%s", "prevalencePercent": "8"}}
            """
                .formatted(area.code(), area.code()));
    assertThat(scenario.statusCode()).as(scenario.body()).isEqualTo(201);
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String form = manager.get("/outcomes/population/" + area.code()).body();
    assertThat(form).contains("No figures are recorded", "Invented plan " + area.code(), "2,100");
    HttpResponse<String> filled =
        manager.get("/outcomes/population/" + area.code() + "?fromPlanner=true");
    assertThat(filled.body()).contains("value=\"2100\"").contains("value=\"5000\"");

    HttpResponse<String> wrong =
        manager.post(
            "/outcomes/population/" + area.code(),
            Map.of(
                "population", "5000",
                "adultWomen", "lots",
                "source", "Invented",
                "version", "0",
                "_csrf", PageSession.csrf(filled)));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("The number of adult women must be a whole number")
        .contains("value=\"lots\"");
    assertThat(figures(area).get("adult_women")).isNull();

    HttpResponse<String> right =
        manager.post(
            "/outcomes/population/" + area.code(),
            Map.of(
                "population", "5000",
                "adultWomen", "2100",
                "source", "Invented",
                "version", "0",
                "_csrf", PageSession.csrf(wrong)));
    assertThat(right.statusCode()).isEqualTo(302);
    assertThat(figures(area)).containsEntry("adult_women", 2100);
  }

  @Test
  void onlyManagersOfTheAreaAndTheAdministratorMayRecordFigures() {
    TestArea area = newArea();
    String body =
        "{\"population\": \"5000\", \"adultWomen\": \"2000\", \"source\": \"Invented\", \"version\": 0}";
    for (Role role : new Role[] {Role.COMMISSIONER, Role.INTAKE, Role.PARTNER_SUPPORT_WORKER}) {
      assertThat(apiPut(area.token(role), "/api/v1/population/" + area.code(), body).statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
    assertThat(
            apiPut(newArea().token(Role.SERVICE_MANAGER), "/api/v1/population/" + area.code(), body)
                .statusCode())
        .as("a manager of another area")
        .isEqualTo(404);
    // The administrator looks after every area, whichever team covers it.
    assertThat(
            apiPut(area.token(Role.SYSTEM_ADMINISTRATOR), "/api/v1/population/" + area.code(), body)
                .statusCode())
        .isEqualTo(200);
  }
}
