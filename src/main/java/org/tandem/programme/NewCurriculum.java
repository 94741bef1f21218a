package org.tandem.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new curriculum, made by copying an existing one's sessions under a new name. */
public record NewCurriculum(
    @NotNull(message = "{programme.problem.selectTheCurriculumToCopy}") Long fromId,
    @NotBlank(message = "{programme.problem.enterTheCurriculumName}")
        @Size(max = 120, message = "{programme.problem.name120}")
        String name) {}
