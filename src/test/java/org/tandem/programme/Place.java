package org.tandem.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tandem.TestApi;
import org.tandem.TestClockConfiguration;

/**
 * A man's place in a {@link ProgrammeGroup}: his marks at its sessions, and changes of his status,
 * through the API. Each mark is at a session of its own on the group's next meeting day from his
 * intake, so that {@code place.attendsUpToWeek(12)} is a man who came every week to week 12 of a
 * group he joined at its first session.
 */
public final class Place {

  private final ProgrammeGroup group;
  private final String programme;
  private final long id;
  private final LocalDate givenOn;
  private final LocalDate intakeOn;
  private LocalDate lastDay;
  private boolean marked;

  Place(ProgrammeGroup group, String programme, long id, LocalDate givenOn, LocalDate intakeOn) {
    this.group = group;
    this.programme = programme;
    this.id = id;
    this.givenOn = givenOn;
    this.intakeOn = intakeOn;
    this.lastDay = intakeOn;
  }

  /** The enrolment's id. */
  public long id() {
    return id;
  }

  public LocalDate intakeOn() {
    return intakeOn;
  }

  /** The day of his last session here, or his intake if he has had none. */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** He attended the curriculum session at each of these positions, in this order. */
  public Place attended(int... positions) {
    for (int position : positions) {
      marked(position, "ATTENDED");
    }
    return this;
  }

  /** He attended every session from the first to the one at this position. */
  public Place attendsUpToWeek(int week) {
    for (int position = 1; position <= week; position++) {
      marked(position, "ATTENDED");
    }
    return this;
  }

  /**
   * A session delivering the curriculum session at this position, with his mark at it (ATTENDED,
   * LATE, ABSENT_WITH_REASON, ABSENT_WITHOUT_REASON). His first attendance starts him.
   */
  public Place marked(int position, String mark) {
    lastDay = group.record(lastDay, position, mark(mark));
    marked = true;
    return this;
  }

  /**
   * His status moved on (to ATTENDING, SUSPENDED, EXITED, COMPLETED…): the day after his last
   * session, or the day he was given the place if he has been marked at none.
   */
  public Place status(String status) {
    String path = programme;
    TestApi api = group.api();
    int version = 0;
    for (var place : api.read(group.worker(), path)) {
      if (place.get("enrolmentId").asLong() == id) {
        version = place.get("version").asInt();
      }
    }
    int read = version;
    TestClockConfiguration.CLOCK.at(
        (marked ? lastDay.plusDays(1) : givenOn).atTime(LocalTime.NOON),
        () ->
            api.created(
                group.worker(),
                path + "/" + id + "/status",
                """
                {"status": "%s", "reason": "Invented reason", "version": %d}
                """
                    .formatted(status, read)));
    return this;
  }

  /** His mark at a session, as the API takes it: the reason given, if he gave one. */
  String mark(String mark) {
    return """
        {"enrolmentId": %d, "mark": "%s", "absenceReason": %s, "disclosed": false,
         "blame": 2, "minimisation": 2, "denial": 1}
        """
        .formatted(
            id,
            mark,
            mark.equals("ABSENT_WITH_REASON") ? "\"Invented: hospital appointment\"" : "null");
  }
}
