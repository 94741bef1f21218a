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
    @NotNull(message = "{partnersupport.problem.selectWhereSheWasReferred}")
        ReferralOnService service,
    @UpToToday(
            missing = "{partnersupport.problem.enterTheDateOfTheReferral}",
            message = "{partnersupport.problem.theDateOfTheReferralMust}")
        LocalDate referredOn,
    @Size(max = 2000, message = "{partnersupport.problem.theDetailMustBe2000}") String detail,
    LawfulBasis basis,
    @Size(max = 2000, message = "{partnersupport.problem.theReasonMustBe2000}")
        String basisReason) {

  /** A referral on with no basis given: refused by the gate unless one is added. */
  public NewReferralOn(ReferralOnService service, LocalDate referredOn, String detail) {
    this(service, referredOn, detail, null, null);
  }
}
