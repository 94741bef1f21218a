package org.tandem.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/**
 * An event for the family's risk timeline. The summary is risk information as a worker chose to
 * share it: never her words, where she is or how to reach her.
 */
public record NewRiskEvent(
    @NotNull(message = "Select what kind of event it was") RiskEventKind kind,
    @UpToToday(
            missing = "Enter the date it happened",
            message = "The date it happened must be today or in the past")
        LocalDate occurredOn,
    @NotBlank(message = "Describe the risk information")
        @Size(max = 2000, message = "The description must be 2,000 characters or fewer")
        String summary,
    @Size(max = 120, message = "The source must be 120 characters or fewer") String source,
    Boolean raisesAlert) {}
