package org.tandem.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A group as the list of groups shows it: when it meets, how full it is, when it next takes men.
 */
public record GroupSummary(
    long id,
    String areaCode,
    String name,
    boolean individual,
    DayOfWeek day,
    LocalTime startsAt,
    String venue,
    String facilitators,
    int capacity,
    int attending,
    int waiting,
    int absenceLimit,
    int intakeEveryWeeks,
    LocalDate firstSessionOn,
    LocalDate nextIntakeOn,
    long daysToNextIntake) {

  /** Places free for the next intake. */
  public int placesFree() {
    return Math.max(0, capacity - attending - waiting);
  }
}
