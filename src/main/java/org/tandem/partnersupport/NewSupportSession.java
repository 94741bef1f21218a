package org.tandem.partnersupport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/** One-to-one or telephone work with her. */
public record NewSupportSession(
    @NotNull(message = "{partnersupport.problem.selectOneToOneOrTelephone}") SupportKind kind,
    @UpToToday(
            missing = "{partnersupport.problem.enterTheDateOfTheSession}",
            message = "{partnersupport.problem.theDateOfTheSessionMust}")
        LocalDate heldOn,
    @NotNull(message = "{partnersupport.problem.enterHowLongTheSessionLasted}")
        @Min(value = 1, message = "{partnersupport.problem.theSessionMustLastAtLeast}")
        @Max(value = 600, message = "{partnersupport.problem.theSessionMustBe600Minutes}")
        Integer minutes,
    @Size(max = 10000, message = "{partnersupport.problem.theNotesMustBe10000}") String notes) {}
