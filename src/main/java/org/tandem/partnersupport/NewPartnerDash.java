package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.tandem.risk.DashAnswer;
import org.tandem.web.UpToToday;

/** The DASH checklist completed with her: her answers by indicator number (1 to 24). */
public record NewPartnerDash(
    @UpToToday(missing = "Enter the date you completed the checklist with her")
        LocalDate completedOn,
    @NotNull(message = "Answer the checklist")
        @Size(max = 24, message = "There are only 24 indicators")
        Map<Integer, DashAnswer> answers,
    @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes) {}
