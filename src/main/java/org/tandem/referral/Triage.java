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
    @NotNull(message = "Select the triage outcome") TriageOutcome outcome,
    @Size(max = 200, message = "Where he was referred on to must be 200 characters or fewer")
        String referredOnTo,
    @Size(max = 4000, message = "The notes must be 4,000 characters or fewer") String notes,
    LocalDate firstAppointmentOn,
    @NotNull(message = "The case version is missing: reload the case and try again")
        Integer version) {

  // Not @JsonIgnore: Jackson would then ignore the referredOnTo property itself.
  @AssertTrue(message = "Enter where he was referred on to")
  boolean isReferredOnTo() {
    return outcome != TriageOutcome.INAPPROPRIATE_REFERRED_ON
        || (referredOnTo != null && !referredOnTo.isBlank());
  }
}
