package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's perpetrator worker starts the day with work on "my work": appointments booked on his
 * cases, and on one of them the call that arranged it noted. Intake has a man already known to
 * check.
 */
class WorkingDayDemoDataTest extends TandemTest {

  private static final String WORKER = "tdm_demo_perpetrator_4Kx9";

  @Test
  void theDemoWorkersCasesShowTheirNextAppointmentsAndANote() {
    JsonNode work = new JsonMapper().readTree(apiGet(WORKER, "/api/v1/me/work").body());
    List<String> booked = new ArrayList<>();
    for (JsonNode c : work.get("caseload").get("cases").get("items")) {
      if (!c.path("nextAppointment").isNull() && !c.path("nextAppointment").isMissingNode()) {
        booked.add(c.get("reference").asString());
      }
    }
    assertThat(booked).hasSize(2);

    String notes =
        booked.stream()
            .map(r -> apiGet(WORKER, "/api/v1/cases/" + r + "/notes").body())
            .reduce("", String::concat);
    assertThat(notes).contains("Invented: rang him to arrange a one-to-one session");
  }

  @Test
  void intakeHasAReferralAboutAManAlreadyKnownToCheck() {
    JsonNode work =
        new JsonMapper().readTree(apiGet("tdm_demo_intake_7Qm2", "/api/v1/me/work").body());
    JsonNode toResolve = work.get("intake").get("possibleDuplicates");
    assertThat(toResolve).isNotEmpty();
    assertThat(toResolve.get(0).get("name").asString()).isEqualTo("Wayne Featherby");
  }
}
