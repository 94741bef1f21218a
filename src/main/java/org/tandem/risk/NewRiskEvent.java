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
    @NotNull(message = "{risk.problem.selectKind}") RiskEventKind kind,
    @UpToToday(
            missing = "{risk.problem.occurredOn.missing}",
            message = "{risk.problem.occurredOn.future}")
        LocalDate occurredOn,
    @NotBlank(message = "{risk.problem.describe}")
        @Size(max = 2000, message = "{risk.problem.descriptionTooLong}")
        String summary,
    @Size(max = 120, message = "{risk.problem.sourceTooLong}") String source,
    Boolean raisesAlert) {}
