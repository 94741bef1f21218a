package org.tandem.partnersupport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new revision of her safety plan. {@code basedOn} is the revision the worker was looking at (0
 * for the first plan), so two workers revising at once cannot overwrite each other.
 */
public record NewSafetyPlan(
    @NotBlank(message = "Enter the safety plan")
        @Size(max = 10000, message = "The safety plan must be 10,000 characters or fewer")
        String plan,
    @NotNull(message = "Enter the date the plan is to be reviewed with her") LocalDate reviewOn,
    long basedOn) {}
