package org.tandem.appointments;

import java.time.OffsetDateTime;

/**
 * An appointment with him as pages and the API show it: when, where, with whom, and what happened.
 *
 * @param rescheduledTo the appointment that replaced this one, when it was rescheduled
 * @param rescheduledFrom the appointment this one replaced, if any
 */
public record Appointment(
    long id,
    long referralId,
    String reference,
    String manName,
    AppointmentKind kind,
    OffsetDateTime startsAt,
    int minutes,
    String place,
    long workerId,
    String workerName,
    AppointmentOutcome outcome,
    AskedBy askedBy,
    String outcomeReason,
    OffsetDateTime outcomeRecordedAt,
    String outcomeRecordedBy,
    Long rescheduledTo,
    Long rescheduledFrom,
    OffsetDateTime bookedAt,
    String bookedBy,
    int version) {

  public OffsetDateTime endsAt() {
    return startsAt.plusMinutes(minutes);
  }
}
