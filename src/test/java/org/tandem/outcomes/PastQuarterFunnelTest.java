package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.outcomes.internal.LiveFigures;
import org.tandem.programme.Place;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A quarter's report, once the quarter is over, says what was true on its last day: the men
 * referred in it move on (triaged, assessed, through the programme, closed) and the quarter's
 * funnel and waiting times stay as they were.
 */
class PastQuarterFunnelTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final ReportPeriod QUARTER = ReportPeriod.quarter(2025, 1);

  @Autowired LiveFigures figures;

  @Test
  void aPastQuartersFunnelIsUnchangedAfterTheCasesInItMoveOn() {
    TestArea area = newArea();
    Programme2025 programme = Programme2025.in(api(), area);

    // By 31 March 2025: one man triaged, found suitable and attending his group; one triaged and
    // waiting for his assessment; one not yet triaged.
    Family attending = refer(area, "2025-01-08");
    triagedOn(attending, "2025-01-13");
    AViabilityDecision.of(attending, "GROUP_PROGRAMME").on("2025-01-27");
    Place place = programme.group.place(attending, day("2025-01-28")).attended(1, 2);
    Family waitingForAssessment = refer(area, "2025-02-03");
    triagedOn(waitingForAssessment, "2025-02-10");
    Family notYetTriaged = refer(area, "2025-03-24");

    Funnel then = figures.funnel(area.id(), QUARTER, QUARTER.to());
    WaitingTimes waitsThen = figures.waitingTimes(area.id(), QUARTER, QUARTER.to());
    JsonNode reportThen = report(area);
    assertThat(then.referred()).isEqualTo(3);
    assertThat(then.appropriate()).isEqualTo(2);
    assertThat(then.assessed()).isEqualTo(1);
    assertThat(then.awaitingAssessment()).as("two still waiting on 31 March").isEqualTo(2);
    assertThat(waitsThen.stillWaiting()).isEqualTo(2);

    // Afterwards, and up to today, every one of them moves on.
    place.attended(3, 4, 5, 6, 7, 8, 9).status("COMPLETED");
    close(attending);
    AViabilityDecision.of(waitingForAssessment, "NOT_REALISTIC").on("2025-05-12");
    notYetTriaged.triaged("DID_NOT_ATTEND", null);

    Funnel now = figures.funnel(area.id(), QUARTER, clock.today());
    assertThat(now.awaitingAssessment()).as("nobody is waiting today").isZero();
    assertThat(now.completedSixtyHours()).as("his place completed since").isEqualTo(1);
    assertThat(now.didNotAttend()).isEqualTo(1);

    assertThat(figures.funnel(area.id(), QUARTER, QUARTER.to())).isEqualTo(then);
    assertThat(figures.waitingTimes(area.id(), QUARTER, QUARTER.to())).isEqualTo(waitsThen);
    assertThat(section(report(area), "funnel-table"))
        .as("the quarter's report, as its commissioner reads it")
        .isEqualTo(section(reportThen, "funnel-table"));
    assertThat(section(report(area), "waiting-table"))
        .isEqualTo(section(reportThen, "waiting-table"));
    assertThat(section(report(area), "waited-table"))
        .isEqualTo(section(reportThen, "waited-table"));
  }

  private Family refer(TestArea area, String referredOn) {
    return newFamily(AReferral.in(area).referredOn(referredOn).withPartners(0).withoutChildren());
  }

  private static void triagedOn(Family man, String day) {
    clock.at(day(day).atTime(11, 0), () -> man.appropriate(null));
  }

  private void close(Family man) {
    HttpResponse<String> closed =
        apiPost(
            man.area().token(Role.PERPETRATOR_WORKER),
            man.path() + "/closure",
            "{\"reason\": \"COMPLETED\", \"closedOn\": \"%s\"}".formatted(clock.today()));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
  }

  private JsonNode report(TestArea area) {
    HttpResponse<String> r =
        apiGet(
            area.token(Role.COMMISSIONER),
            "/api/v1/outcomes/area-report?area=" + area.code() + "&quarter=" + QUARTER.code());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode section(JsonNode report, String tableId) {
    for (JsonNode section : report.get("sections")) {
      for (JsonNode table : section.get("tables")) {
        if (table.get("id").asString().equals(tableId)) {
          return table;
        }
      }
    }
    throw new AssertionError("No table " + tableId);
  }

  private static LocalDate day(String day) {
    return LocalDate.parse(day);
  }
}
