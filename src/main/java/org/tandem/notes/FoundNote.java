package org.tandem.notes;

import java.time.LocalDate;

/**
 * A note that a search across the worker's caseload found: the case it is on (and, for a
 * partner-support note, her record on it), and what the note says now.
 *
 * @param partnerId her record, for a partner-support note; null for a note on his case
 * @param kind null for a partner-support note
 */
public record FoundNote(
    String reference,
    Long partnerId,
    long noteId,
    NoteKind kind,
    LocalDate happenedOn,
    String text,
    boolean restricted,
    boolean amended) {}
