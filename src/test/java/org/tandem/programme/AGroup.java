package org.tandem.programme;

import java.time.LocalDate;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;

/**
 * A rolling group (or individual work) set up through the API by a test area's perpetrator worker:
 * by default meeting weekly at 18:30 from the Monday of the test clock's week, on the default
 * curriculum, taking 12 men with an intake every 6 weeks and a review after 3 absences without
 * reason. {@code AGroup.in(area).firstMeetingOn(day).runs(curriculum).create(api)} gives the {@link
 * ProgrammeGroup} to place men in and record sessions for.
 */
public final class AGroup {

  private final TestArea area;
  private String name = TestData.marker("Invented group ");
  private LocalDate firstSessionOn;
  private boolean individual;
  private int capacity = 12;
  private int intakeEveryWeeks = 6;
  private Long curriculum;

  private AGroup(TestArea area) {
    this.area = area;
    LocalDate today = org.tandem.TestClockConfiguration.CLOCK.today();
    this.firstSessionOn = today.minusDays(today.getDayOfWeek().getValue() - 1L);
  }

  public static AGroup in(TestArea area) {
    return new AGroup(area);
  }

  public AGroup named(String name) {
    this.name = name;
    return this;
  }

  /** Its first session, the first intake point; it meets on that day of the week. */
  public AGroup firstMeetingOn(LocalDate day) {
    this.firstSessionOn = day;
    return this;
  }

  public AGroup firstMeetingOn(String day) {
    return firstMeetingOn(LocalDate.parse(day));
  }

  /** Individual work, with one man. */
  public AGroup individualWork() {
    this.individual = true;
    this.capacity = 1;
    return this;
  }

  public AGroup capacity(int men) {
    this.capacity = men;
    return this;
  }

  public AGroup intakeEveryWeeks(int weeks) {
    this.intakeEveryWeeks = weeks;
    return this;
  }

  /** On this curriculum (see {@link ACurriculum}) rather than the default. */
  public AGroup runs(long curriculumId) {
    this.curriculum = curriculumId;
    return this;
  }

  public ProgrammeGroup create(TestApi api) {
    long id =
        api.created(
                area.token(Role.PERPETRATOR_WORKER),
                "/api/v1/groups",
                """
                {"areaId": %d, "name": "%s", "individual": %b, "capacity": %d,
                 "intakeEveryWeeks": %d, "firstSessionOn": "%s", "startsAt": "18:30",
                 "venue": "Invented Community Hall", "facilitators": "Invented facilitators",
                 "absenceLimit": 3, "curriculumId": %s}
                """
                    .formatted(
                        area.id(),
                        name,
                        individual,
                        capacity,
                        intakeEveryWeeks,
                        firstSessionOn,
                        curriculum))
            .get("id")
            .asLong();
    return new ProgrammeGroup(api, area, id, firstSessionOn);
  }
}
