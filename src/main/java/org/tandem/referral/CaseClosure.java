package org.tandem.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/** Closing his case: why, in the evaluations' codes, on what day, and anything the code misses. */
public record CaseClosure(
    @NotNull(message = "{referral.problem.selectWhyTheCaseIs}") ClosureReason reason,
    @UpToToday(
            missing = "{referral.problem.enterTheDateTheCase}",
            message = "{referral.problem.theDateTheCaseClosed}")
        LocalDate closedOn,
    @Size(max = 500, message = "{referral.problem.theDetailMustBe500}") String detail) {}
