package org.tandem.assessment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The treatment-viability decision with its reasons. */
public record ViabilityDecision(
    @NotNull(message = "{assessment.problem.selectTheDecision}") Viability viability,
    ViabilityReason reason,
    @NotBlank(message = "{assessment.problem.giveTheReasonsForTheDecision}")
        @Size(max = 4000, message = "{assessment.problem.theReasonsMustBe4000}")
        String notes,
    @NotNull(message = "{assessment.problem.theAssessmentVersionIsMissingReload}")
        Integer version) {

  // Named for the field so that the problem shows beside it.
  @AssertTrue(message = "{assessment.problem.selectAReasonThatFitsThe}")
  boolean isReason() {
    if (viability == null) {
      return true;
    }
    return viability.needsReason() ? viability.reasons().contains(reason) : reason == null;
  }
}
