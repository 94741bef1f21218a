package org.tandem.programme;

/** How a man attended one session. */
public enum AttendanceMark {
  ATTENDED,
  LATE,
  ABSENT_WITH_REASON,
  ABSENT_WITHOUT_REASON;

  /** Whether the session counts towards his hours: he was there, even if late. */
  public boolean counts() {
    return this == ATTENDED || this == LATE;
  }
}
