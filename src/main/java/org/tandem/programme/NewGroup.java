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
    @NotNull(message = "Select the area the group serves") Long areaId,
    @NotBlank(message = "Enter a name for the group")
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        String name,
    Boolean individual,
    @NotNull(message = "Enter how many men the group takes")
        @Min(value = 1, message = "The group must take at least 1 man")
        @Max(value = 30, message = "The group can take at most 30 men")
        Integer capacity,
    @NotNull(message = "Enter the weeks between intakes")
        @Min(value = 1, message = "Intakes must be at least a week apart")
        @Max(value = 52, message = "Intakes must be at most 52 weeks apart")
        Integer intakeEveryWeeks,
    @NotNull(message = "Enter the date of the first session") LocalDate firstSessionOn,
    @NotNull(message = "Enter the time the group starts") LocalTime startsAt,
    @Size(max = 200, message = "The venue must be 200 characters or fewer") String venue,
    @Size(max = 300, message = "The facilitators must be 300 characters or fewer")
        String facilitators,
    @NotNull(message = "Enter how many absences without reason in a row prompt a review")
        @Min(value = 1, message = "The absence limit must be at least 1")
        @Max(value = 10, message = "The absence limit must be at most 10")
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
