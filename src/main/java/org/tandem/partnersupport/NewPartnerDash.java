package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.tandem.risk.DashAnswer;
import org.tandem.web.UpToToday;

/** The DASH checklist completed with her: her answers by indicator number (1 to 24). */
public record NewPartnerDash(
    @UpToToday(missing = "{partnersupport.problem.enterTheDateYouCompletedThe}")
        LocalDate completedOn,
    @NotNull(message = "{partnersupport.problem.answerTheChecklist}")
        @Size(max = 24, message = "{partnersupport.problem.thereAreOnly24Indicators}")
        Map<Integer, DashAnswer> answers,
    @Size(max = 4000, message = "{partnersupport.problem.theNotesMustBe4000}") String notes) {}
