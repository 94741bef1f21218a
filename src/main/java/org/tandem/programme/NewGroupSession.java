package org.tandem.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.tandem.web.UpToToday;

/** One meeting of a group: which curriculum session, who facilitated, and every man's mark. */
public record NewGroupSession(
    @UpToToday(
            missing = "{programme.problem.enterTheSessionDate}",
            message = "{programme.problem.sessionDateUpToToday}")
        LocalDate heldOn,
    @NotNull(message = "{programme.problem.selectTheCurriculumSession}") Long curriculumSessionId,
    @Size(max = 300, message = "{programme.problem.facilitators300}") String facilitators,
    @NotEmpty(message = "{programme.problem.recordEveryMan}")
        @Size(max = 60, message = "{programme.problem.atMost60Men}")
        List<@Valid SessionMark> marks) {}
