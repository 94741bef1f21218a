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
    @NotBlank(message = "{partnersupport.problem.enterTheSafetyPlan}")
        @Size(max = 10000, message = "{partnersupport.problem.theSafetyPlanMustBe10}")
        String plan,
    @NotNull(message = "{partnersupport.problem.enterTheDateThePlanIs}") LocalDate reviewOn,
    long basedOn) {}
