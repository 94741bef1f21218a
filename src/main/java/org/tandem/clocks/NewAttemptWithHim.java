package org.tandem.clocks;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.tandem.web.UpToToday;

/** An attempt to reach him, as the worker who made it records it. Times are UK time. */
public record NewAttemptWithHim(
    @NotNull(message = "Select how you tried to reach him") AttemptMethod method,
    @UpToToday(
            missing = "Enter the date of the attempt",
            message = "The date of the attempt must be today or in the past")
        LocalDate attemptedOn,
    @NotNull(message = "Enter the time of the attempt, for example 14:30") LocalTime attemptedAt,
    @NotNull(message = "Select whether the attempt reached him") Boolean reached) {}
