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
    @UpToToday(
            missing = "Enter the date of the review",
            message = "The date of the review must be today or in the past")
        LocalDate heldOn,
    @Size(max = 500, message = "Who attended must be 500 characters or fewer") String attendees,
    @NotBlank(message = "Enter what the review decided")
        @Size(max = 4000, message = "What the review decided must be 4,000 characters or fewer")
        String decisions,
    @NotNull(message = "Select the risk level") RiskLevel riskLevel,
    @NotNull(message = "Enter the date of the next review") LocalDate nextReviewOn) {

  // Named for the field so that the problem shows beside it.
  @AssertTrue(message = "The next review must be after this one")
  boolean isNextReviewOn() {
    return heldOn == null || nextReviewOn == null || nextReviewOn.isAfter(heldOn);
  }
}
