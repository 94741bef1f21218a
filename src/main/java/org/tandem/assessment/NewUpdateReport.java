package org.tandem.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The worker's update report at a review point of his programme: which point, the recommendations
 * and the time it took. The point is taken as text so that a wrong one is named like any other
 * field.
 */
public record NewUpdateReport(
    @Schema(
            description = "The review point the report is for",
            allowableValues = {"WEEK_12", "COMPLETION"},
            example = "WEEK_12")
        @NotBlank(message = "Select the review point the report is for")
        String point,
    @NotBlank(message = "Enter the recommendation on contact with the children") String contact,
    @NotBlank(message = "Enter the recommendation on supervision") String supervision,
    @NotBlank(message = "Enter the recommendation on programme attendance") String programme,
    @NotNull(message = "Enter the time spent on the report, in minutes")
        @Min(value = 1, message = "The time spent must be at least 1 minute")
        @Max(value = 6000, message = "The time spent must be 6000 minutes or fewer")
        Integer minutesSpent)
    implements Recommendations {}
