package org.tandem.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The worker's recommendations for the risk identification report, and the time it took. */
public record NewRiskReport(
    @NotBlank(message = "Enter the recommendation on contact with the children")
        @Size(
            max = 4000,
            message = "The recommendation on contact must be 4,000 characters or fewer")
        String contact,
    @NotBlank(message = "Enter the recommendation on supervision")
        @Size(
            max = 4000,
            message = "The recommendation on supervision must be 4,000 characters or fewer")
        String supervision,
    @NotBlank(message = "Enter the recommendation on programme attendance")
        @Size(
            max = 4000,
            message =
                "The recommendation on programme attendance must be 4,000 characters or fewer")
        String programme,
    @NotNull(message = "Enter the time spent on the report, in minutes")
        @Min(value = 1, message = "The time spent must be at least 1 minute")
        @Max(value = 6000, message = "The time spent must be 6000 minutes or fewer")
        Integer minutesSpent)
    implements Recommendations {}
