package org.tandem.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.TestClockConfiguration;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * A group made by {@link AGroup}: places in it and its sessions, through the API, each on its day.
 * The API gives a place at the group's next intake point from today and stamps a session with the
 * service's time, so the test clock is stopped on the day each happens, as a worker recording it
 * then would. Sessions are held on the group's meeting days, one after another, each delivering the
 * curriculum session a test names.
 */
public final class ProgrammeGroup {

  private static final LocalTime DURING_THE_DAY = LocalTime.of(10, 0);
  private static final LocalTime AFTER_THE_SESSION = LocalTime.of(21, 0);

  private final TestApi api;
  private final TestArea area;
  private final long id;
  private final LocalDate firstSessionOn;
  private List<Long> curriculum;
  private LocalDate lastHeld;

  ProgrammeGroup(TestApi api, TestArea area, long id, LocalDate firstSessionOn) {
    this.api = api;
    this.area = area;
    this.id = id;
    this.firstSessionOn = firstSessionOn;
  }

  public long id() {
    return id;
  }

  public LocalDate firstSessionOn() {
    return firstSessionOn;
  }

  /**
   * Gives him a place, by the perpetrator worker, on the day he was referred or on the group's
   * first session if that is later: he joins at the next intake point from then.
   */
  public Place place(Family man) {
    return place(man, man.referredOn().isAfter(firstSessionOn) ? man.referredOn() : firstSessionOn);
  }

  /** Gives him a place on this day: he joins at the group's next intake point from then. */
  public Place place(Family man, LocalDate givenOn) {
    return place(man.reference(), givenOn, false);
  }

  /** Gives the man of this case a place on this day. */
  public Place place(String reference, LocalDate givenOn) {
    return place(reference, givenOn, false);
  }

  /** Gives the man of this case a place on this day, with an interpreter at his sessions. */
  public Place placeWithAnInterpreter(String reference, LocalDate givenOn) {
    return place(reference, givenOn, true);
  }

  private Place place(String reference, LocalDate givenOn, boolean withInterpreter) {
    assessedSuitable(reference, givenOn);
    String programme = "/api/v1/cases/" + reference + "/programme";
    var place =
        TestClockConfiguration.CLOCK.at(
            givenOn.atTime(DURING_THE_DAY),
            () ->
                api.created(
                    worker(),
                    programme,
                    "{\"groupId\": %d, \"withInterpreter\": %b}".formatted(id, withInterpreter)));
    return new Place(
        this,
        programme,
        place.get("enrolmentId").asLong(),
        givenOn,
        LocalDate.parse(place.get("intakeOn").asString()));
  }

  /**
   * A place needs a viability decision of suitable: a man not yet found suitable is, for the group
   * programme, just before his place is given (a test that wants another decision records it
   * first).
   */
  private void assessedSuitable(String reference, LocalDate givenOn) {
    String status = api.read(worker(), "/api/v1/cases/" + reference).get("status").asString();
    if (List.of("ASSESSED_SUITABLE", "COMPLETED", "EXITED_EARLY").contains(status)) {
      return;
    }
    String assessment = "/api/v1/cases/" + reference + "/assessment";
    var current = api.get(worker(), assessment);
    int version = current.statusCode() == 404 ? 0 : TestApi.ok(current).get("version").asInt();
    TestClockConfiguration.CLOCK.at(
        givenOn.atTime(LocalTime.of(9, 0)),
        () ->
            api.changed(
                worker(),
                assessment + "/viability",
                """
                {"viability": "GROUP_PROGRAMME", "notes": "Invented: suitable for the group",
                 "version": %d}
                """
                    .formatted(version)));
  }

  /** The ids of the curriculum's sessions, in the order the group delivers them. */
  public List<Long> curriculumSessionIds() {
    if (curriculum == null) {
      List<Long> ids = new ArrayList<>();
      api.read(worker(), "/api/v1/groups/" + id + "/curriculum")
          .forEach(s -> ids.add(s.get("id").asLong()));
      curriculum = List.copyOf(ids);
    }
    return curriculum;
  }

  /**
   * Records a session on the group's next meeting day on or after {@code notBefore}, delivering the
   * curriculum session at this position, with these marks (see {@link Place#mark}): its day.
   */
  LocalDate record(LocalDate notBefore, int position, String... marks) {
    LocalDate day = nextMeetingOnOrAfter(notBefore);
    TestClockConfiguration.CLOCK.at(
        day.atTime(AFTER_THE_SESSION),
        () ->
            api.created(
                worker(),
                "/api/v1/groups/" + id + "/sessions",
                """
                {"heldOn": "%s", "curriculumSessionId": %d,
                 "facilitators": "Invented facilitators", "marks": [%s]}
                """
                    .formatted(day, curriculumSession(position), String.join(",", marks))));
    lastHeld = day;
    return day;
  }

  String worker() {
    return area.token(Role.PERPETRATOR_WORKER);
  }

  TestApi api() {
    return api;
  }

  private LocalDate nextMeetingOnOrAfter(LocalDate notBefore) {
    LocalDate day = firstSessionOn;
    while (day.isBefore(notBefore) || (lastHeld != null && !day.isAfter(lastHeld))) {
      day = day.plusWeeks(1);
    }
    return day;
  }

  private long curriculumSession(int position) {
    return curriculumSessionIds().get(position - 1);
  }
}
