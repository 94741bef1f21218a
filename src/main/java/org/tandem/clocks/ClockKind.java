package org.tandem.clocks;

/** The clocks a contract judges the service on. Every clock starts on the referral date. */
public enum ClockKind {
  HIS_FIRST_ATTEMPT,
  HIS_ASSESSMENT,
  HIS_PROGRAMME_START,
  HER_FIRST_ATTEMPT,
  HER_REACHED;

  /** Her clocks are behind the wall: shown only on her record and as counts. */
  public boolean hers() {
    return this == HER_FIRST_ATTEMPT || this == HER_REACHED;
  }
}
