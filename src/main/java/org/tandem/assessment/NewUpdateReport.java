package org.tandem.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @NotBlank(message = "{assessment.problem.selectTheReviewPointTheReport}")
        @Size(max = 20, message = "{assessment.problem.selectTheReviewPointWeek12}")
        String point,
    @NotBlank(message = "{assessment.problem.enterTheRecommendationOnContactWith}")
        @Size(max = 4000, message = "{assessment.problem.theRecommendationOnContactMustBe}")
        String contact,
    @NotBlank(message = "{assessment.problem.enterTheRecommendationOnSupervision}")
        @Size(max = 4000, message = "{assessment.problem.theRecommendationOnSupervisionMustBe}")
        String supervision,
    @NotBlank(message = "{assessment.problem.enterTheRecommendationOnProgrammeAttendance}")
        @Size(
            max = 4000,
            message = "{assessment.problem.theRecommendationOnProgrammeAttendanceMust}")
        String programme,
    @NotNull(message = "{assessment.problem.enterTheTimeSpentOnThe}")
        @Min(value = 1, message = "{assessment.problem.theTimeSpentMustBeAt}")
        @Max(value = 6000, message = "{assessment.problem.theTimeSpentMustBe6000}")
        Integer minutesSpent)
    implements Recommendations {}
