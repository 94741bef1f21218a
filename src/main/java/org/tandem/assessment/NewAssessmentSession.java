package org.tandem.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/** One sitting of his assessment. */
public record NewAssessmentSession(
    @UpToToday(
            missing = "Enter the date of the session",
            message = "The date of the session must be today or in the past")
        LocalDate heldOn,
    @NotNull(message = "Enter how long the session took, in minutes")
        @Min(value = 1, message = "The session must be at least 1 minute")
        @Max(value = 600, message = "The session must be 600 minutes or fewer")
        Integer durationMinutes,
    Boolean withInterpreter) {}
