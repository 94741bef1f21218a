package org.tandem.clocks;

import java.time.OffsetDateTime;

/** An attempt to reach him, as recorded: when, how, whether it did, and by whom. */
public record AttemptWithHim(
    long id, OffsetDateTime attemptedAt, AttemptMethod method, boolean reached, String by) {}
