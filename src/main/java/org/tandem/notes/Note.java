package org.tandem.notes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A note with its history. {@code text} is what it says now: the newest correction's text, or the
 * original when it was never corrected; the original and every correction stay in the history.
 *
 * @param kind null for a note on her record, which is always a partner-support note
 * @param revision how many times it has been corrected: the {@code basedOn} of the next correction
 */
public record Note(
    long id,
    NoteKind kind,
    LocalDate happenedOn,
    String text,
    boolean restricted,
    String recordedBy,
    OffsetDateTime recordedAt,
    String originalText,
    int revision,
    List<Correction> corrections) {

  /** One correction, oldest first. */
  public record Correction(
      int revision, String text, String reason, String by, OffsetDateTime at) {}

  public boolean amended() {
    return revision > 0;
  }
}
