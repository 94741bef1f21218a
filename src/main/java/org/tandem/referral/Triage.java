package org.tandem.referral;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A triage decision. {@code version} is the case version the decision was made on, so that two
 * people triaging at once cannot overwrite each other silently.
 */
public record Triage(
    @NotNull(message = "{referral.problem.selectTheTriageOutcome}") TriageOutcome outcome,
    @Size(max = 200, message = "{referral.problem.whereHeWasReferredOn200}") String referredOnTo,
    @Size(max = 4000, message = "{referral.problem.theNotesMustBe4000}") String notes,
    LocalDate firstAppointmentOn,
    @NotNull(message = "{referral.problem.theCaseVersionIsMissing}") Integer version) {

  // Not @JsonIgnore: Jackson would then ignore the referredOnTo property itself.
  @AssertTrue(message = "{referral.problem.enterWhereHeWasReferred}")
  boolean isReferredOnTo() {
    return outcome != TriageOutcome.INAPPROPRIATE_REFERRED_ON
        || (referredOnTo != null && !referredOnTo.isBlank());
  }
}
