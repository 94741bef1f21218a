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
    @NotBlank(message = "Enter the module the session belongs to")
        @Size(max = 120, message = "The module must be 120 characters or fewer")
        String module,
    @NotBlank(message = "Enter what the session covers")
        @Size(max = 200, message = "The title must be 200 characters or fewer")
        String title,
    @Rating(to = 2, message = "Select stage 1 or stage 2") Integer stage,
    @NotNull(message = "Enter the hours the session counts for")
        @DecimalMin(value = "0.25", message = "A session must count for at least 0.25 hours")
        @DecimalMax(value = "8", message = "A session can count for at most 8 hours")
        @Digits(
            integer = 2,
            fraction = 3,
            message = "Enter hours with at most 3 decimal places, like 1.875")
        BigDecimal hours,
    @Min(value = 1, message = "The position must be 1 or more") Integer position) {}
