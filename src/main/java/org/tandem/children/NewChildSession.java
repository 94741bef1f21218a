package org.tandem.children;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.InRange;
import org.tandem.web.UpToToday;

/**
 * A session with a child. The wellbeing notes are about the child: never where the mother lives,
 * how to reach her, or what she has told her worker.
 */
public record NewChildSession(
    @UpToToday(
            missing = "{children.problem.enterTheDateOfTheSession}",
            message = "{children.problem.theDateOfTheSessionMust}")
        LocalDate heldOn,
    @NotNull(message = "{children.problem.enterHowLongTheSessionTook}")
        @InRange(from = 1, to = 600, message = "{children.problem.theSessionMustBeBetween1}")
        Integer durationMinutes,
    @NotNull(message = "{children.problem.selectTheKindOfSession}") ChildSessionKind kind,
    @Size(max = 4000, message = "{children.problem.theWellbeingNotesMustBe4}")
        String wellbeingNotes) {}
