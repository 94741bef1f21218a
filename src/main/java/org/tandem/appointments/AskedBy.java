package org.tandem.appointments;

/** Who asked for an appointment to be cancelled or moved. */
public enum AskedBy {
  HIM,
  SERVICE,
  OTHER_AGENCY
}
