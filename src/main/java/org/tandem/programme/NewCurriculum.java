package org.tandem.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new curriculum, made by copying an existing one's sessions under a new name. */
public record NewCurriculum(
    @NotNull(message = "Select the curriculum to copy") Long fromId,
    @NotBlank(message = "Enter a name for the new curriculum")
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        String name) {}
