package org.tandem.access.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new commissioning area: a short code for case references and a name. */
public record NewArea(
    @NotBlank(message = "{access.problem.enterAreaCode}")
        @Pattern(regexp = "^$|^[A-Za-z]{2,8}$", message = "{access.problem.areaCodeFormat}")
        String code,
    @NotBlank(message = "{access.problem.enterAreaName}")
        @Size(max = 120, message = "{access.problem.nameTooLong}")
        String name) {}
