package org.tandem.appointments;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** An appointment to book with him, at the service's local time (Europe/London). */
public record NewAppointment(
    @NotNull(message = "{appointments.problem.kindMissing}") AppointmentKind kind,
    @NotNull(message = "{appointments.problem.dateMissing}") LocalDate date,
    @Schema(description = "the start time on the 24-hour clock, London time", example = "14:30")
        @NotNull(message = "{appointments.problem.timeMissing}")
        LocalTime time,
    @Schema(description = "how long it is booked for; 60 when not given")
        @Min(value = 5, message = "{appointments.problem.minutesLeast}")
        @Max(value = 480, message = "{appointments.problem.minutesMost}")
        Integer minutes,
    @Schema(description = "the venue where he is seen")
        @NotBlank(message = "{appointments.problem.placeMissing}")
        @Size(max = 200, message = "{appointments.problem.placeLength}")
        String place,
    @Schema(description = "a perpetrator worker who covers the case's area")
        @NotNull(message = "{appointments.problem.workerMissing}")
        Long workerId) {

  /** The length booked, the usual hour when none is given. */
  public int lengthInMinutes() {
    return minutes == null ? 60 : minutes;
  }
}
