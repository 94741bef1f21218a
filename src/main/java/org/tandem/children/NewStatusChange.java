package org.tandem.children;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.tandem.referral.ProtectionStatus;

/**
 * A change in a child's protection status, with the date it changed and the child's {@code version}
 * as the caller read it: if someone else changed the status since, nothing is saved.
 */
public record NewStatusChange(
    ProtectionStatus status,
    LocalDate changedOn,
    @NotNull(message = "{children.problem.sendTheVersionOfTheChild}") Integer version) {}
