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
            missing = "Enter the date of the session",
            message = "The date of the session must be today or in the past")
        LocalDate heldOn,
    @NotNull(message = "Select the curriculum session delivered") Long curriculumSessionId,
    @Size(max = 300, message = "The facilitators must be 300 characters or fewer")
        String facilitators,
    @NotEmpty(message = "Record every man expected at the session")
        @Size(max = 60, message = "A session can record at most 60 men")
        List<@Valid SessionMark> marks) {}
