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
    @NotBlank(message = "{access.problem.enterUsername}")
        @Pattern(
            regexp = "^$|^[a-z0-9][a-z0-9._-]{1,79}$",
            message = "{access.problem.usernameFormat}")
        String username,
    @NotBlank(message = "{access.problem.enterPersonsName}")
        @Size(max = 120, message = "{access.problem.nameTooLong}")
        String displayName,
    Long teamId,
    @NotEmpty(message = "{access.problem.selectRole}")
        @Size(max = 20, message = "{access.problem.tooManyRoles}")
        List<Role> roles,
    @NotBlank(message = "{access.problem.enterFirstPassword}")
        // Not a @Size(min): an empty password would break both rules, and which one the page
        // showed would be down to the validator's order; empty, it is only "enter one".
        @Pattern(regexp = "(?s)|.{12,}", message = "{access.problem.passwordTooShort}")
        @Size(max = 128, message = "{access.problem.passwordTooLong}")
        String password,
    @Email(regexp = WorkEmail.FORMAT, message = WorkEmail.WRONG_FORMAT)
        @Size(max = 254, message = WorkEmail.TOO_LONG)
        String email) {}
