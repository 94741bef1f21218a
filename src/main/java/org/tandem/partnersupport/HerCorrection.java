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
    @NotBlank(message = "Enter her given name")
        @Size(max = 80, message = "Her given name must be 80 characters or fewer")
        String givenName,
    @Size(max = 80, message = "Her family name must be 80 characters or fewer") String familyName,
    @Pattern(regexp = NewReferral.PHONE, message = "Enter her phone number, like 07700 900 982")
        String phone,
    @Email(message = "Enter her email address in the correct format, like name@example.org")
        @Size(max = 160, message = "Her email address must be 160 characters or fewer")
        String email,
    @Size(max = 300, message = "Her address must be 300 characters or fewer") String address,
    @Size(max = 500, message = "Safe contact times must be 500 characters or fewer")
        String safeContactTimes,
    @NotBlank(message = "Enter why her details are being corrected")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
    @NotNull(message = "Give the version of her record you read") Integer version) {}
