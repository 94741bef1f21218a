package org.tandem.access.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new team and the areas whose cases it works on. */
public record NewTeam(
    @NotBlank(message = "{access.problem.enterTeamName}")
        @Size(max = 120, message = "{access.problem.nameTooLong}")
        String name,
    @NotEmpty(message = "{access.problem.selectArea}")
        @Size(max = 200, message = "{access.problem.tooManyAreas}")
        List<Long> areaIds) {}
