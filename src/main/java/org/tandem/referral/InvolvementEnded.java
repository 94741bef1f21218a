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
    @NotNull(message = "Enter the date the service's involvement ended") LocalDate endedOn,
    @NotBlank(message = "Enter why the service is no longer involved")
        @Size(max = 300, message = "The reason must be 300 characters or fewer")
        String reason,
    @NotNull(message = "The case version is missing: reload the case and try again")
        Integer version) {}
