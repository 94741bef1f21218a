package org.tandem.access.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new commissioning area: a short code for case references and a name. */
public record NewArea(
    @NotBlank(message = "Enter a code for the area")
        @Pattern(
            regexp = "^$|^[A-Za-z]{2,8}$",
            message = "The code must be 2 to 8 letters, like NEW")
        String code,
    @NotBlank(message = "Enter the area's name")
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        String name) {}
