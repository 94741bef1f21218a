package org.tandem.notes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A note on his case as the family's timeline shows it: its current text, when and by whom. */
public record NoteOnTimeline(
    long id, NoteKind kind, LocalDate on, String text, String by, OffsetDateTime at) {}
