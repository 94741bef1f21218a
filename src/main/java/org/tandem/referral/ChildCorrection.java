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
    @Size(max = 80, message = "The child's name must be 80 characters or fewer") String givenName,
    @NotNull(message = "Enter the child's age in years")
        @Min(value = 0, message = "The child's age must be 0 or more")
        @Max(value = 18, message = "The child's age must be 18 or less")
        Integer ageYears,
    @NotBlank(message = "Enter why the child's details are being corrected")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
    @NotNull(message = "Give the version of the child's record you read") Integer version) {}
