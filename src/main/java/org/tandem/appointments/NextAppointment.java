package org.tandem.appointments;

import java.time.OffsetDateTime;

/** A case's next appointment still to come, as a list of cases shows it. */
public record NextAppointment(
    long appointmentId,
    long referralId,
    AppointmentKind kind,
    OffsetDateTime startsAt,
    String place,
    long workerId,
    String workerName) {}
