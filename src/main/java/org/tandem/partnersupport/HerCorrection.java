package org.tandem.partnersupport;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.referral.NewReferral;

/**
 * Her details as they should read, why they are being corrected, and the version of her record the
 * caller read. Every detail is given, changed or not (one left out is cleared); each that differs
 * from what is held becomes an amendment. The rules are those her details were first taken with; no
 * message repeats a value.
 */
public record HerCorrection(
    @NotBlank(message = "{partnersupport.problem.enterHerGivenName}")
        @Size(max = 80, message = "{partnersupport.problem.herGivenNameMustBe80}")
        String givenName,
    @Size(max = 80, message = "{partnersupport.problem.herFamilyNameMustBe80}") String familyName,
    @Pattern(
            regexp = NewReferral.PHONE,
            message = "{partnersupport.problem.enterHerPhoneNumberLike07700}")
        String phone,
    @Email(message = "{partnersupport.problem.enterHerEmailAddressInThe}")
        @Size(max = 160, message = "{partnersupport.problem.herEmailAddressMustBe160}")
        String email,
    @Size(max = 300, message = "{partnersupport.problem.herAddressMustBe300Characters}")
        String address,
    @Size(max = 500, message = "{partnersupport.problem.safeContactTimesMustBe500}")
        String safeContactTimes,
    @NotBlank(message = "{partnersupport.problem.enterWhyHerDetailsAreBeing}")
        @Size(max = 2000, message = "{partnersupport.problem.theReasonMustBe2000}")
        String reason,
    @NotNull(message = "{partnersupport.problem.giveTheVersionOfHerRecord}") Integer version) {}
