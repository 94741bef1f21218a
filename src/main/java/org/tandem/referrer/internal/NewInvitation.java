package org.tandem.referrer.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.referrer.OrganisationKind;

/** A manager's invitation to a referrer, as typed; with no language, it is emailed in English. */
record NewInvitation(
    @NotBlank(message = "Enter their work email address")
        @Email(
            regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
            message = "Enter an email address in the correct format, like name@example.org")
        @Size(max = 254, message = "The email address must be 254 characters or fewer")
        String email,
    @NotBlank(message = "Enter their name")
        @Size(max = 120, message = "Their name must be 120 characters or fewer")
        String name,
    @NotBlank(message = "Enter the name of their organisation")
        @Size(max = 160, message = "The organisation's name must be 160 characters or fewer")
        String organisation,
    @NotNull(message = "Select the kind of organisation") OrganisationKind kind,
    @NotNull(message = "Select the area they refer to") Long areaId,
    EmailLanguage language) {}
