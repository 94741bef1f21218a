package org.tandem.partnersupport;

/** What came of an attempt to reach her. */
public enum ContactOutcome {
  NO_ANSWER,
  NOT_SAFE_TO_TALK,
  NOT_DELIVERED,
  DID_NOT_ATTEND,
  SPOKE_WITH_HER,
  MET_HER,
  DECLINED_SUPPORT;

  /** She was reached: the attempt counts as a contact, even when she said no to support. */
  public boolean reached() {
    return this == SPOKE_WITH_HER || this == MET_HER || this == DECLINED_SUPPORT;
  }
}
