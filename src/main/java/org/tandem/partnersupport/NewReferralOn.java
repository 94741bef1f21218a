package org.tandem.partnersupport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.consent.LawfulBasis;
import org.tandem.web.UpToToday;

/**
 * A referral on for her: refuge, IDVA, MARAC, housing, legal protection, with the lawful basis it
 * is shared on (her consent, or a legal basis; a reason for legitimate interests).
 */
public record NewReferralOn(
    @NotNull(message = "Select where she was referred") ReferralOnService service,
    @UpToToday(
            missing = "Enter the date of the referral",
            message = "The date of the referral must be today or in the past")
        LocalDate referredOn,
    @Size(max = 2000, message = "The detail must be 2,000 characters or fewer") String detail,
    LawfulBasis basis,
    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String basisReason) {

  /** A referral on with no basis given: refused by the gate unless one is added. */
  public NewReferralOn(ReferralOnService service, LocalDate referredOn, String detail) {
    this(service, referredOn, detail, null, null);
  }
}
