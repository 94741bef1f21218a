package org.tandem.appointments;

import java.time.OffsetDateTime;

/**
 * An appointment with him was booked, or moved to a new time. Published inside the booking's
 * transaction, so that reminders are due before it: a second event for the same appointment
 * replaces the reminders the first one set.
 */
public record AppointmentBooked(
    long appointmentId,
    long referralId,
    String reference,
    long areaId,
    AppointmentKind kind,
    OffsetDateTime startsAt,
    String place,
    String workerName) {}
