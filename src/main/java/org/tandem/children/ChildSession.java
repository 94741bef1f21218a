package org.tandem.children;

import java.time.LocalDate;

/** A recorded session with a child. */
public record ChildSession(
    long id,
    LocalDate heldOn,
    int durationMinutes,
    ChildSessionKind kind,
    String wellbeingNotes,
    String recordedBy) {}
