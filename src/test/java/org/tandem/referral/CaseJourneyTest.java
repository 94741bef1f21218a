package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.programme.AGroup;
import org.tandem.programme.Place;
import org.tandem.programme.ProgrammeGroup;
import tools.jackson.databind.JsonNode;

/**
 * One man's case follows what happens to him: referral, triage, his first assessment session, the
 * viability decision, a place, his first session, a suspension and his completion. Each move is
 * kept with its day, and the waiting list keeps only the men still waiting to be seen.
 */
class CaseJourneyTest extends TandemTest {

  @Test
  void hisCaseMovesWithWhatHappensToHimAndKeepsEveryMove() {
    clock.travelTo(LocalDateTime.of(2026, 9, 1, 10, 0));
    TestArea area = newArea();
    String worker = area.token(Role.PERPETRATOR_WORKER);
    Family man = newFamily(area);
    assertThat(status(man)).isEqualTo("AWAITING_TRIAGE");

    man.appropriate(null);
    assertThat(status(man)).isEqualTo("AWAITING_ASSESSMENT");
    assertThat(onTheWaitingList(area, man)).isTrue();

    on(LocalDate.of(2026, 9, 3));
    session(worker, man, LocalDate.of(2026, 9, 3));
    on(LocalDate.of(2026, 9, 10));
    session(worker, man, LocalDate.of(2026, 9, 10));
    assertThat(status(man)).isEqualTo("IN_ASSESSMENT");
    assertThat(onTheWaitingList(area, man)).as("in assessment, no longer waiting").isFalse();

    AViabilityDecision.of(man, "GROUP_PROGRAMME").on(LocalDate.of(2026, 9, 17));
    assertThat(status(man)).isEqualTo("ASSESSED_SUITABLE");

    on(LocalDate.of(2026, 9, 18));
    ProgrammeGroup group = AGroup.in(area).firstMeetingOn(LocalDate.of(2026, 9, 22)).create(api());
    Place place = group.place(man, LocalDate.of(2026, 9, 18));
    assertThat(status(man)).isEqualTo("WAITING_FOR_GROUP");

    place.attended(1, 2);
    assertThat(status(man)).isEqualTo("IN_PROGRAMME");
    place.status("SUSPENDED");
    assertThat(status(man)).isEqualTo("SUSPENDED");
    place.status("ATTENDING").status("COMPLETED");
    assertThat(status(man)).isEqualTo("COMPLETED");

    List<String> moves = new ArrayList<>();
    for (JsonNode move : api().read(worker, man.path() + "/journey")) {
      moves.add(move.get("status").asString() + " " + move.get("on").asString());
    }
    assertThat(moves)
        .startsWith(
            "AWAITING_TRIAGE " + man.referredOn(),
            "AWAITING_ASSESSMENT 2026-09-01",
            "IN_ASSESSMENT 2026-09-03",
            "ASSESSED_SUITABLE 2026-09-17",
            "WAITING_FOR_GROUP 2026-09-18")
        .contains("IN_PROGRAMME 2026-09-22", "SUSPENDED 2026-09-30")
        .endsWith("COMPLETED 2026-09-30")
        .as("a second assessment session moves nothing")
        .filteredOn(m -> m.startsWith("IN_ASSESSMENT"))
        .hasSize(1);
  }

  @Test
  void aCaseNotYetTriagedCannotBeTriagedOnceHisAssessmentHasBegun() {
    TestArea area = newArea();
    Family man = newFamily(area);
    session(area.token(Role.PERPETRATOR_WORKER), man, clock.today());

    var refused =
        apiPost(
            area.token(Role.INTAKE),
            man.path() + "/triage",
            "{\"outcome\": \"INAPPROPRIATE_REFERRED_ON\", \"referredOnTo\": \"Elsewhere\", \"version\": 0}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("past triage");
    assertThat(status(man)).isEqualTo("IN_ASSESSMENT");
  }

  private static void on(LocalDate day) {
    clock.travelTo(day.atTime(10, 0));
  }

  private String status(Family man) {
    return man.detail().get("status").asString();
  }

  private boolean onTheWaitingList(TestArea area, Family man) {
    JsonNode list =
        api().read(area.token(Role.PERPETRATOR_WORKER), "/api/v1/waiting-list?size=100");
    for (JsonNode c : list.get("items")) {
      if (c.get("reference").asString().equals(man.reference())) {
        return true;
      }
    }
    return false;
  }

  private void session(String worker, Family man, LocalDate on) {
    api()
        .created(
            worker,
            man.path() + "/assessment/sessions",
            "{\"heldOn\": \"%s\", \"durationMinutes\": 60}".formatted(on));
  }
}
