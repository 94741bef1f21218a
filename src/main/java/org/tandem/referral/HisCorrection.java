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
    @NotBlank(message = "Enter his given name")
        @Size(max = 80, message = "Given name must be 80 characters or fewer")
        String givenName,
    @NotBlank(message = "Enter his family name")
        @Size(max = 80, message = "Family name must be 80 characters or fewer")
        String familyName,
    @Past(message = "His date of birth must be in the past") LocalDate dateOfBirth,
    @Pattern(regexp = NewReferral.PHONE, message = "Enter his phone number, like 07700 900 982")
        String phone,
    @Size(max = 300, message = "His address must be 300 characters or fewer") String address,
    @Size(max = 60, message = "Language must be 60 characters or fewer") String language,
    Boolean interpreterNeeded,
    @NotBlank(message = "Enter why his details are being corrected")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
    @NotNull(message = "Give the version of the case you read") Integer version) {}
