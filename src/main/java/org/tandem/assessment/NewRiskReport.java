package org.tandem.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The worker's recommendations for the risk identification report, and the time it took. */
public record NewRiskReport(
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
