package org.tandem.clocks;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.tandem.web.UpToToday;

/** An attempt to reach him, as the worker who made it records it. Times are UK time. */
public record NewAttemptWithHim(
    @NotNull(message = "{clocks.problem.methodMissing}") AttemptMethod method,
    @UpToToday(missing = "{clocks.problem.dateMissing}", message = "{clocks.problem.dateFuture}")
        LocalDate attemptedOn,
    @NotNull(message = "{clocks.problem.timeMissing}") LocalTime attemptedAt,
    @NotNull(message = "{clocks.problem.reachedMissing}") Boolean reached) {}
