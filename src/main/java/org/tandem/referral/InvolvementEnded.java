package org.tandem.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A worker's record that the service is no longer involved with a case: the man has gone, or the
 * family has moved out of the service's reach. Outcome figures leave such a case out, with this
 * reason. {@code version} is the case version it was recorded on.
 */
public record InvolvementEnded(
    @NotNull(message = "{referral.problem.enterTheDateTheServices}") LocalDate endedOn,
    @NotBlank(message = "{referral.problem.enterWhyTheServiceIs}")
        @Size(max = 300, message = "{referral.problem.theReasonMustBe300}")
        String reason,
    @NotNull(message = "{referral.problem.theCaseVersionIsMissing}") Integer version) {}
