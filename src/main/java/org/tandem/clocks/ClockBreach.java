package org.tandem.clocks;

import java.time.LocalDate;

/**
 * A clock of a case that has breached: reached late, or still to come after its target passed. For
 * her clocks it says how many women on the case, never which.
 *
 * @param dueOn the last working day within the target
 * @param late how many of the people it times reached the step late
 * @param overdue how many are still waiting, past the target
 */
public record ClockBreach(
    long referralId,
    String reference,
    long areaId,
    ClockKind kind,
    LocalDate dueOn,
    int target,
    long late,
    long overdue) {}
