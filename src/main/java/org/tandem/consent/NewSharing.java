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
    @NotNull(message = "{consent.problem.selectWhatKindOfSharingThis}") ShareTo kind,
    @UpToToday(
            missing = "{consent.problem.enterTheDateItWasShared}",
            message = "{consent.problem.theDateItWasSharedMust}")
        LocalDate sharedOn,
    @NotBlank(message = "{consent.problem.enterWhoItWasSharedWith}")
        @Size(max = 200, message = "{consent.problem.whoItWasSharedWithMust}")
        String recipient,
    @NotBlank(message = "{consent.problem.enterWhatWasShared}")
        @Size(max = 2000, message = "{consent.problem.whatWasSharedMustBe2}")
        String what,
    LawfulBasis basis,
    @Size(max = 2000, message = "{consent.problem.theReasonMustBe2000}") String basisReason) {}
