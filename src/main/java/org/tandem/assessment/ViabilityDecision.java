package org.tandem.assessment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The treatment-viability decision with its reasons. */
public record ViabilityDecision(
    @NotNull(message = "Select the decision") Viability viability,
    ViabilityReason reason,
    @NotBlank(message = "Give the reasons for the decision")
        @Size(max = 4000, message = "The reasons must be 4,000 characters or fewer")
        String notes,
    @NotNull(message = "The assessment version is missing: reload the page and try again")
        Integer version) {

  // Named for the field so that the problem shows beside it.
  @AssertTrue(message = "Select a reason that fits the decision")
  boolean isReason() {
    if (viability == null) {
      return true;
    }
    return viability.needsReason() ? viability.reasons().contains(reason) : reason == null;
  }
}
