package org.tandem.partnersupport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/** One-to-one or telephone work with her. */
public record NewSupportSession(
    @NotNull(message = "Select one-to-one or telephone") SupportKind kind,
    @UpToToday(
            missing = "Enter the date of the session",
            message = "The date of the session must be today or in the past")
        LocalDate heldOn,
    @NotNull(message = "Enter how long the session lasted, in minutes")
        @Min(value = 1, message = "The session must last at least 1 minute")
        @Max(value = 600, message = "The session must be 600 minutes or fewer")
        Integer minutes,
    @Size(max = 10000, message = "The notes must be 10,000 characters or fewer") String notes) {}
