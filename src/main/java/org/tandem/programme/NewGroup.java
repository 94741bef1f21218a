package org.tandem.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A new rolling group, or a worker's individual work with one man. The curriculum is optional: none
 * means the service's default.
 */
public record NewGroup(
    @NotNull(message = "{programme.problem.selectTheArea}") Long areaId,
    @NotBlank(message = "{programme.problem.enterTheGroupName}")
        @Size(max = 120, message = "{programme.problem.name120}")
        String name,
    Boolean individual,
    @NotNull(message = "{programme.problem.enterTheCapacity}")
        @Min(value = 1, message = "{programme.problem.capacityAtLeast1}")
        @Max(value = 30, message = "{programme.problem.capacityAtMost30}")
        Integer capacity,
    @NotNull(message = "{programme.problem.enterTheWeeksBetweenIntakes}")
        @Min(value = 1, message = "{programme.problem.intakesAtLeastAWeek}")
        @Max(value = 52, message = "{programme.problem.intakesAtMost52}")
        Integer intakeEveryWeeks,
    @NotNull(message = "{programme.problem.enterTheFirstSessionDate}") LocalDate firstSessionOn,
    @NotNull(message = "{programme.problem.enterTheStartTime}") LocalTime startsAt,
    @Size(max = 200, message = "{programme.problem.venue200}") String venue,
    @Size(max = 300, message = "{programme.problem.facilitators300}") String facilitators,
    @NotNull(message = "{programme.problem.enterTheAbsenceLimit}")
        @Min(value = 1, message = "{programme.problem.absenceLimitAtLeast1}")
        @Max(value = 10, message = "{programme.problem.absenceLimitAtMost10}")
        Integer absenceLimit,
    Long curriculumId) {

  /** A group on the default curriculum. */
  public NewGroup(
      Long areaId,
      String name,
      Boolean individual,
      Integer capacity,
      Integer intakeEveryWeeks,
      LocalDate firstSessionOn,
      LocalTime startsAt,
      String venue,
      String facilitators,
      Integer absenceLimit) {
    this(
        areaId,
        name,
        individual,
        capacity,
        intakeEveryWeeks,
        firstSessionOn,
        startsAt,
        venue,
        facilitators,
        absenceLimit,
        null);
  }
}
