package org.tandem.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/** One sitting of his assessment. */
public record NewAssessmentSession(
    @UpToToday(
            missing = "{assessment.problem.enterTheDateOfTheSession}",
            message = "{assessment.problem.theDateOfTheSessionMust}")
        LocalDate heldOn,
    @NotNull(message = "{assessment.problem.enterHowLongTheSessionTook}")
        @Min(value = 1, message = "{assessment.problem.theSessionMustBeAtLeast}")
        @Max(value = 600, message = "{assessment.problem.theSessionMustBe600Minutes}")
        Integer durationMinutes,
    Boolean withInterpreter) {}
