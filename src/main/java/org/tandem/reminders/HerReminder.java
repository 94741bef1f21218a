package org.tandem.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.tandem.partnersupport.ContactMethod;

/**
 * A reminder to her of an appointment with her worker, booked on her record by a worker who sees
 * behind the wall. It carries no place (where she meets her worker may itself be a secret) and none
 * of her details: her name, phone and email are read when it is sent, through a pass, and only if
 * her contact rules allow it then.
 *
 * @param method text or email
 * @param dueAt when to send it
 * @param withinSafeTimes the worker confirms that the time it is due falls within her safe contact
 *     times; it is held if it cannot be sent soon after that time
 */
public record HerReminder(
    long partnerId,
    ContactMethod method,
    UUID templateId,
    OffsetDateTime startsAt,
    String workerName,
    OffsetDateTime dueAt,
    boolean withinSafeTimes) {}
