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
    @NotNull(message = "Select what the appointment is for") AppointmentKind kind,
    @NotNull(message = "Enter the date of the appointment") LocalDate date,
    @Schema(description = "the start time on the 24-hour clock, London time", example = "14:30")
        @NotNull(message = "Enter the time the appointment starts")
        LocalTime time,
    @Schema(description = "how long it is booked for; 60 when not given")
        @Min(value = 5, message = "The appointment must be at least 5 minutes long")
        @Max(value = 480, message = "The appointment must be at most 480 minutes long")
        Integer minutes,
    @Schema(description = "the venue where he is seen")
        @NotBlank(message = "Enter where the appointment is")
        @Size(max = 200, message = "The place must be 200 characters or fewer")
        String place,
    @Schema(description = "a perpetrator worker who covers the case's area")
        @NotNull(message = "Select the worker who will see him")
        Long workerId) {

  /** The length booked, the usual hour when none is given. */
  public int lengthInMinutes() {
    return minutes == null ? 60 : minutes;
  }
}
