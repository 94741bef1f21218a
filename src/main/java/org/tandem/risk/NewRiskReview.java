package org.tandem.risk;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tandem.referral.RiskLevel;
import org.tandem.web.UpToToday;

/** A risk review meeting: what it decided, the risk level it set, and when it meets next. */
public record NewRiskReview(
    @UpToToday(missing = "{risk.problem.heldOn.missing}", message = "{risk.problem.heldOn.future}")
        LocalDate heldOn,
    @Size(max = 500, message = "{risk.problem.attendeesTooLong}") String attendees,
    @NotBlank(message = "{risk.problem.decisions}")
        @Size(max = 4000, message = "{risk.problem.decisionsTooLong}")
        String decisions,
    @NotNull(message = "{risk.problem.riskLevel}") RiskLevel riskLevel,
    @NotNull(message = "{risk.problem.nextReviewOn.missing}") LocalDate nextReviewOn) {

  // Named for the field so that the problem shows beside it.
  @AssertTrue(message = "{risk.problem.nextReviewOn.afterThis}")
  boolean isNextReviewOn() {
    return heldOn == null || nextReviewOn == null || nextReviewOn.isAfter(heldOn);
  }
}
