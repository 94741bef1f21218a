package org.tandem.appointments;

/**
 * An appointment with him will not happen at its time: cancelled, or its outcome recorded early.
 * Published inside the transaction that records it, so that no reminder for it is sent afterwards.
 */
public record AppointmentCancelled(long appointmentId, long referralId) {}
