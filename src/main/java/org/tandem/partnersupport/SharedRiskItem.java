package org.tandem.partnersupport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/**
 * Risk information the partner-support worker chooses to share with the perpetrator worker, in her
 * own words as a worker: never the woman's words, where she is or how to reach her.
 */
public record SharedRiskItem(
    @UpToToday(missing = "{partnersupport.problem.enterTheDateItHappenedOr}") LocalDate occurredOn,
    @NotBlank(message = "{partnersupport.problem.describeTheRiskInformationToShare}")
        @Size(max = 2000, message = "{partnersupport.problem.theDescriptionMustBe2000}")
        String summary) {}
