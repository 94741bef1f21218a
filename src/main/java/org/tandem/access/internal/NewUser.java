package org.tandem.access.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tandem.access.Role;

/** A new local account, as the system administrator enters it. */
public record NewUser(
    @NotBlank(message = "Enter a username")
        @Pattern(
            regexp = "^$|^[a-z0-9][a-z0-9._-]{1,79}$",
            message =
                "The username must be 2 to 80 lower-case letters, numbers, dots, dashes or underscores")
        String username,
    @NotBlank(message = "Enter the person's name")
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        String displayName,
    Long teamId,
    @NotEmpty(message = "Select at least one role")
        @Size(max = 20, message = "Select at most 20 roles")
        List<Role> roles,
    @NotBlank(message = "Enter a first password")
        @Size(min = 12, message = "The password must be at least 12 characters")
        @Size(max = 128, message = "The password must be 128 characters or fewer")
        String password,
    @Email(regexp = WorkEmail.FORMAT, message = WorkEmail.WRONG_FORMAT)
        @Size(max = 254, message = WorkEmail.TOO_LONG)
        String email) {}
