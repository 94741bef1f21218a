package org.tandem.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The worker's recommendations for the risk identification report, and the time it took. */
public record NewRiskReport(
    @NotBlank(message = "Enter the recommendation on contact with the children") String contact,
    @NotBlank(message = "Enter the recommendation on supervision") String supervision,
    @NotBlank(message = "Enter the recommendation on programme attendance") String programme,
    @NotNull(message = "Enter the time spent on the report, in minutes")
        @Min(value = 1, message = "The time spent must be at least 1 minute")
        @Max(value = 6000, message = "The time spent must be 6000 minutes or fewer")
        Integer minutesSpent)
    implements Recommendations {}
