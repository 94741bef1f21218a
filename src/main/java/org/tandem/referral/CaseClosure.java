package org.tandem.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/** Closing his case: why, in the evaluations' codes, on what day, and anything the code misses. */
public record CaseClosure(
    @NotNull(message = "Select why the case is closing") ClosureReason reason,
    @UpToToday(
            missing = "Enter the date the case closed",
            message = "The date the case closed must be today or in the past")
        LocalDate closedOn,
    @Size(max = 500, message = "The detail must be 500 characters or fewer") String detail) {}
