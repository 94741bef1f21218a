package org.tandem.children;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.InRange;
import org.tandem.web.UpToToday;

/**
 * A session with a child. The wellbeing notes are about the child: never where the mother lives,
 * how to reach her, or what she has told her worker.
 */
public record NewChildSession(
    @UpToToday(
            missing = "Enter the date of the session",
            message = "The date of the session must be today or in the past")
        LocalDate heldOn,
    @NotNull(message = "Enter how long the session took, in minutes")
        @InRange(from = 1, to = 600, message = "The session must be between 1 and 600 minutes long")
        Integer durationMinutes,
    @NotNull(message = "Select the kind of session") ChildSessionKind kind,
    @Size(max = 4000, message = "The wellbeing notes must be 4,000 characters or fewer")
        String wellbeingNotes) {}
