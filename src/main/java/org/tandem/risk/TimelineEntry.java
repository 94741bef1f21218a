package org.tandem.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.tandem.notes.NoteOnTimeline;
import org.tandem.referral.CaseStatusChange;

/**
 * One line of the family's timeline: a risk event, a move of his case, or a note on it. {@code
 * what} is the key of the words that name it, and {@code closedBecause} the key of a closure's
 * reason; a move or a note has no source and raises no alert.
 */
public record TimelineEntry(
    LocalDate on,
    String what,
    String closedBecause,
    String summary,
    String source,
    boolean raisedAlert,
    boolean move,
    String by,
    OffsetDateTime at,
    boolean note) {

  static TimelineEntry of(RiskPicture.Event e) {
    return new TimelineEntry(
        e.occurredOn(),
        "RiskEventKind." + e.kind(),
        null,
        e.summary(),
        e.source(),
        e.raisedAlert(),
        false,
        e.recordedBy(),
        e.recordedAt(),
        false);
  }

  static TimelineEntry of(CaseStatusChange m) {
    return new TimelineEntry(
        m.on(),
        "CaseStatus." + m.status(),
        m.closureReason() == null ? null : "ClosureReason." + m.closureReason(),
        m.reason(),
        null,
        false,
        true,
        m.by(),
        m.at(),
        false);
  }

  static TimelineEntry of(NoteOnTimeline n) {
    return new TimelineEntry(
        n.on(),
        "notes.timeline." + n.kind(),
        null,
        n.text(),
        null,
        false,
        false,
        n.by(),
        n.at(),
        true);
  }
}
