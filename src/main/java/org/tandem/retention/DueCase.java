package org.tandem.retention;

import java.time.LocalDate;

/** A case the schedule makes due to be anonymised: under which rule, and from which date. */
public record DueCase(
    long referralId, String reference, long areaId, RetentionRule rule, LocalDate dueOn) {}
