package org.tandem.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * His details as they should read, why they are being corrected, and the version of the case the
 * caller read. Every detail is given, changed or not (a detail left out is cleared); each one that
 * differs from what is held becomes an amendment. The rules are intake's own.
 */
public record HisCorrection(
    @NotBlank(message = "{referral.problem.enterHisGivenName}")
        @Size(max = 80, message = "{referral.problem.givenNameMustBe80}")
        String givenName,
    @NotBlank(message = "{referral.problem.enterHisFamilyName}")
        @Size(max = 80, message = "{referral.problem.familyNameMustBe80}")
        String familyName,
    @Past(message = "{referral.problem.hisDateOfBirthMust}") LocalDate dateOfBirth,
    @Pattern(
            regexp = NewReferral.PHONE,
            message = "{referral.problem.enterHisPhoneNumberLike07700900982}")
        String phone,
    @Size(max = 300, message = "{referral.problem.hisAddressMustBe300}") String address,
    @Size(max = 60, message = "{referral.problem.languageMustBe60Characters}") String language,
    Boolean interpreterNeeded,
    @NotBlank(message = "{referral.problem.enterWhyHisDetailsAre}")
        @Size(max = 2000, message = "{referral.problem.theReasonMustBe2000}")
        String reason,
    @NotNull(message = "{referral.problem.giveTheVersionOfTheCase}") Integer version) {}
