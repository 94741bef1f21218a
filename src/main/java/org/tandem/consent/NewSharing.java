package org.tandem.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/**
 * Information shared out of the service from his case: a report to his referrer, a MARAC referral,
 * information to children's services; with the lawful basis it goes on.
 */
public record NewSharing(
    @NotNull(message = "Select what kind of sharing this is") ShareTo kind,
    @UpToToday(
            missing = "Enter the date it was shared",
            message = "The date it was shared must be today or in the past")
        LocalDate sharedOn,
    @NotBlank(message = "Enter who it was shared with")
        @Size(max = 200, message = "Who it was shared with must be 200 characters or fewer")
        String recipient,
    @NotBlank(message = "Enter what was shared")
        @Size(max = 2000, message = "What was shared must be 2,000 characters or fewer")
        String what,
    LawfulBasis basis,
    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String basisReason) {}
