package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A proactive attempt to reach her, as the worker records it. Times are UK time. */
public record NewContactAttempt(
    @NotNull(message = "Select how you tried to reach her") ContactMethod method,
    @NotNull(message = "Enter the date of the attempt") LocalDate attemptedOn,
    @NotNull(message = "Enter the time of the attempt, for example 14:30") LocalTime attemptedAt,
    @NotNull(message = "Select what came of the attempt") ContactOutcome outcome,
    @Size(max = 200, message = "The venue must be 200 characters or fewer") String venue,
    @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes,
    Boolean withinSafeTimes) {}
