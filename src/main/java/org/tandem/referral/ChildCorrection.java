package org.tandem.referral;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A child's details as they should read, why, and the version of the child's record the caller
 * read; each detail that differs from what is held becomes an amendment.
 */
public record ChildCorrection(
    @Size(max = 80, message = "{referral.problem.theChildsNameMustBe80}") String givenName,
    @NotNull(message = "{referral.problem.enterTheChildsAgeIn}")
        @Min(value = 0, message = "{referral.problem.theChildsAgeMustBe0}")
        @Max(value = 18, message = "{referral.problem.theChildsAgeMustBe18}")
        Integer ageYears,
    @NotBlank(message = "{referral.problem.enterWhyTheChildsDetails}")
        @Size(max = 2000, message = "{referral.problem.theReasonMustBe2000}")
        String reason,
    @NotNull(message = "{referral.problem.giveTheVersionOfTheChildsRecord}") Integer version) {}
