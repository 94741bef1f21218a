package org.tandem.notes;

import java.time.LocalDate;

/**
 * A note on one of his cases that a search across the worker's caseload found: the case it is on,
 * and what the note says now.
 */
public record FoundNote(
    String reference,
    long noteId,
    NoteKind kind,
    LocalDate happenedOn,
    String text,
    boolean restricted,
    boolean amended) {}
