package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.web.UpToToday;

/** A referral on for her: refuge, IDVA, MARAC, housing, legal protection. */
public record NewReferralOn(
    @NotNull(message = "Select where she was referred") ReferralOnService service,
    @UpToToday(
            missing = "Enter the date of the referral",
            message = "The date of the referral must be today or in the past")
        LocalDate referredOn,
    @Size(max = 2000, message = "The detail must be 2,000 characters or fewer") String detail) {}
