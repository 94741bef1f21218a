package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.tandem.risk.DashAnswer;

/** The DASH checklist completed with her: her answers by indicator number (1 to 24). */
public record NewPartnerDash(
    @NotNull(message = "Enter the date you completed the checklist with her")
        @PastOrPresent(message = "The date must be today or in the past")
        LocalDate completedOn,
    @NotNull(message = "Answer the checklist") Map<Integer, DashAnswer> answers,
    @Size(max = 4000, message = "The notes must be 4000 characters or fewer") String notes) {}
