package org.tandem.programme;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tandem.web.Rating;

/**
 * A curriculum session as added or edited. Position is optional: when adding, nothing puts it at
 * the end; when editing, nothing leaves it where it is.
 */
public record CurriculumSessionDetails(
    @NotBlank(message = "{programme.problem.enterTheModule}")
        @Size(max = 120, message = "{programme.problem.module120}")
        String module,
    @NotBlank(message = "{programme.problem.enterWhatTheSessionCovers}")
        @Size(max = 200, message = "{programme.problem.title200}")
        String title,
    @Rating(to = 2, message = "{programme.problem.selectTheStage}") Integer stage,
    @NotNull(message = "{programme.problem.enterTheHours}")
        @DecimalMin(value = "0.25", message = "{programme.problem.hoursAtLeast}")
        @DecimalMax(value = "8", message = "{programme.problem.hoursAtMost}")
        @Digits(integer = 2, fraction = 3, message = "{programme.problem.hoursDecimals}")
        BigDecimal hours,
    @Min(value = 1, message = "{programme.problem.positionAtLeast1}") Integer position) {}
