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

  @Test
  void aCaseClosesWithAReasonHerWorkerIsPromptedAndOnlyAManagerReopensIt() {
    TestArea area = newArea();
    String worker = area.token(Role.PERPETRATOR_WORKER);
    Family man = newFamily(area).appropriate(null);
    session(worker, man, clock.today());
    String closure = man.path() + "/closure";

    var noReason = apiPost(worker, closure, "{\"closedOn\": \"%s\"}".formatted(clock.today()));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"", "Select why the case is closing");
    var otherWithoutWords = apiPost(worker, closure, closing("OTHER", null));
    assertThat(otherWithoutWords.body()).contains("\"field\":\"detail\"");
    assertThat(
            apiPost(area.token(Role.CHILDRENS_WORKER), closure, closing("MOVED_AWAY", null))
                .statusCode())
        .isEqualTo(403);
    assertThat(status(man)).isEqualTo("IN_ASSESSMENT");

    assertThat(
            apiPost(worker, closure, closing("DID_NOT_RETURN", "No reply to three letters"))
                .statusCode())
        .isEqualTo(204);
    assertThat(status(man)).isEqualTo("CLOSED");
    JsonNode last = lastMove(worker, man);
    assertThat(last.get("closureReason").asString()).isEqualTo("DID_NOT_RETURN");
    assertThat(last.get("reason").asString()).isEqualTo("No reply to three letters");
    assertThat(apiPost(worker, closure, closing("MOVED_AWAY", null)).body())
        .contains("closed already");
    assertThat(
            signedIn(area.user(Role.PARTNER_SUPPORT_WORKER)).get("/partner-support/tasks").body())
        .contains("His case closed: decide with her whether her support continues");

    String reopening = man.path() + "/reopening";
    assertThat(apiPost(worker, reopening, "{\"reason\": \"He wrote back\"}").statusCode())
        .isEqualTo(403);
    String manager = area.token(Role.SERVICE_MANAGER);
    assertThat(apiPost(manager, reopening, "{\"reason\": \" \"}").statusCode()).isEqualTo(400);
    assertThat(apiPost(manager, reopening, "{\"reason\": \"He wrote back\"}").statusCode())
        .isEqualTo(204);
    assertThat(status(man)).as("back where it stood").isEqualTo("IN_ASSESSMENT");
    assertThat(lastMove(worker, man).get("reason").asString()).isEqualTo("Reopened: He wrote back");
  }

  @Test
  void theServiceNoLongerInvolvedClosesTheCaseOnThatDayAndPromptsHerWorker() {
    TestArea area = newArea();
    String manager = area.token(Role.SERVICE_MANAGER);
    Family man = newFamily(area).appropriate(null);
    LocalDate ended = clock.today().minusDays(2);

    var recorded =
        apiPost(
            manager,
            man.path() + "/involvement-ended",
            "{\"endedOn\": \"%s\", \"reason\": \"Moved out of the area\", \"version\": %d}"
                .formatted(ended, man.detail().get("version").asInt()));

    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(204);
    assertThat(status(man)).isEqualTo("CLOSED");
    JsonNode last = lastMove(manager, man);
    assertThat(last.get("on").asString()).isEqualTo(ended.toString());
    assertThat(last.get("closureReason").asString()).isEqualTo("OTHER");
    assertThat(last.get("reason").asString())
        .isEqualTo("The service is no longer involved: Moved out of the area");
    assertThat(
            signedIn(area.user(Role.PARTNER_SUPPORT_WORKER)).get("/partner-support/tasks").body())
        .contains("His case closed: decide with her whether her support continues");
  }

  @Test
  void noPlaceWithoutADecisionOfSuitableUnlessAManagerGivesTheReason() {
    TestArea area = newArea();
    ProgrammeGroup group = AGroup.in(area).firstMeetingOn(clock.today().plusDays(6)).create(api());
    Family man = newFamily(area).appropriate(null);
    AViabilityDecision.of(man, "NOT_ACCEPTABLE_NOW").because("DENIAL").on(clock.today());
    String programme = man.path() + "/programme";
    String place = "{\"groupId\": %d%s}";

    var refused =
        apiPost(area.token(Role.PERPETRATOR_WORKER), programme, place.formatted(group.id(), ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"field\":\"groupId\"", "needs a treatment-viability decision of suitable");
    var notHisToOverride =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            programme,
            place.formatted(group.id(), ", \"withoutDecisionBecause\": \"Court ordered\""));
    assertThat(notHisToOverride.body()).contains("Only a service manager");
    assertThat(status(man)).isEqualTo("ASSESSED_NOT_READY");

    var overridden =
        apiPost(
            area.token(Role.SERVICE_MANAGER),
            programme,
            place.formatted(
                group.id(), ", \"withoutDecisionBecause\": \"Invented: the court ordered it\""));
    assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(201);
    assertThat(status(man)).isEqualTo("WAITING_FOR_GROUP");
    assertThat(lastMove(area.token(Role.SERVICE_MANAGER), man).get("reason").asString())
        .contains("without a suitable viability decision: Invented: the court ordered it");
  }

  @Test
  void theCasePageNamesWhoMovedItByTheirNameNotTheirUsername() {
    TestArea area = newArea();
    Family man = newFamily(area).appropriate(null);
    TestArea.User intake = area.user(Role.INTAKE);

    String page =
        signedIn(area.user(Role.SERVICE_MANAGER)).get(man.path().replace("/api/v1", "")).body();

    String journey = page.substring(page.indexOf("id=\"journey\""));
    assertThat(journey)
        .contains(intake.displayName())
        .doesNotContain(">" + intake.username() + "<");
  }

  @Test
  void twentyClosuresAtOnceCloseTheCaseOnceAndEveryOtherIsToldItIsClosed() throws Exception {
    TestArea area = newArea();
    String worker = area.token(Role.PERPETRATOR_WORKER);
    Family man = newFamily(area).appropriate(null);
    List<java.util.concurrent.Callable<Integer>> closings = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      closings.add(
          () -> apiPost(worker, man.path() + "/closure", closing("MOVED_AWAY", null)).statusCode());
    }
    List<Integer> answers = new ArrayList<>();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
    try {
      for (var answer : pool.invokeAll(closings)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(answers).containsOnly(204, 400).filteredOn(a -> a == 204).hasSize(1);
    List<String> closed = new ArrayList<>();
    api()
        .read(worker, man.path() + "/journey")
        .forEach(m -> closed.add(m.get("status").asString()));
    assertThat(closed).filteredOn("CLOSED"::equals).hasSize(1);
  }

  private JsonNode lastMove(String token, Family man) {
    JsonNode journey = api().read(token, man.path() + "/journey");
    return journey.get(journey.size() - 1);
  }

  private String closing(String reason, String detail) {
    return "{\"reason\": \"%s\", \"closedOn\": \"%s\", \"detail\": %s}"
        .formatted(reason, clock.today(), detail == null ? "null" : "\"" + detail + "\"");
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
