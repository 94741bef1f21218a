package org.tandem.appointments;

/** What happened to an appointment with him. */
public enum AppointmentOutcome {
  ATTENDED,
  LATE,
  DID_NOT_ATTEND,
  CANCELLED,
  RESCHEDULED;

  /** Whether it says if he came, which can only be known once its time has come. */
  public boolean saysIfHeCame() {
    return this == ATTENDED || this == LATE || this == DID_NOT_ATTEND;
  }

  /** Whether it will not happen at its time, so who asked and why are kept. */
  public boolean calledOff() {
    return this == CANCELLED || this == RESCHEDULED;
  }
}
