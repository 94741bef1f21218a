package org.tandem.access.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new team and the areas whose cases it works on. */
public record NewTeam(
    @NotBlank(message = "Enter the team's name")
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        String name,
    @NotEmpty(message = "Select at least one area")
        @Size(max = 200, message = "A team can cover at most 200 areas")
        List<Long> areaIds) {}
