package org.tandem.appointments;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What happened to an appointment. Who asked and why are needed when it was cancelled or
 * rescheduled; the new date and time when rescheduled (the place, worker and length stay).
 */
public record OutcomeRecord(
    AppointmentOutcome outcome,
    @Schema(description = "who asked for it to be cancelled or moved") AskedBy askedBy,
    @Schema(description = "why it was cancelled or moved; a note otherwise")
        @Size(max = 500, message = "{appointments.problem.reasonLength}")
        String reason,
    @Schema(description = "when rescheduled: the new date") LocalDate newDate,
    @Schema(description = "when rescheduled: the new start time, London time", example = "14:30")
        LocalTime newTime,
    @Schema(description = "the version of the appointment last read") Integer version) {}
