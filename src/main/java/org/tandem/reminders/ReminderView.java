package org.tandem.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reminder to him, as his case shows it: when it is due, for which appointment, and what became
 * of it. Never the message, nor where it was sent.
 */
public record ReminderView(
    long id,
    Long appointmentId,
    String templateCode,
    OffsetDateTime startsAt,
    OffsetDateTime dueAt,
    String status,
    int attempts,
    UUID notifyId,
    String reason,
    OffsetDateTime doneAt) {

  /** The key under reminders.reason of why it was not sent, or null if it has none. */
  public String reasonKey() {
    return ReminderReasons.keyOf(reason);
  }
}
