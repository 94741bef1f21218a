package org.tandem.referrer.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.referrer.OrganisationKind;

/** A manager's invitation to a referrer, as typed; with no language, it is emailed in English. */
record NewInvitation(
    @NotBlank(message = "{referrer.problem.email}")
        @Email(
            regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
            message = "{referrer.problem.emailFormat}")
        @Size(max = 254, message = "{referrer.problem.emailLength}")
        String email,
    @NotBlank(message = "{referrer.problem.name}")
        @Size(max = 120, message = "{referrer.problem.nameLength}")
        String name,
    @NotBlank(message = "{referrer.problem.organisation}")
        @Size(max = 160, message = "{referrer.problem.organisationLength}")
        String organisation,
    @NotNull(message = "{referrer.problem.kind}") OrganisationKind kind,
    @NotNull(message = "{referrer.problem.areaId}") Long areaId,
    EmailLanguage language) {}
