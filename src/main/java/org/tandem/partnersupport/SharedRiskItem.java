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
    @UpToToday(missing = "Enter the date it happened, or the date she told you")
        LocalDate occurredOn,
    @NotBlank(message = "Describe the risk information to share")
        @Size(max = 2000, message = "The description must be 2,000 characters or fewer")
        String summary) {}
