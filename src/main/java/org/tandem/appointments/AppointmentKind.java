package org.tandem.appointments;

/** What an appointment with him is for. */
public enum AppointmentKind {
  ASSESSMENT,
  ONE_TO_ONE
}
