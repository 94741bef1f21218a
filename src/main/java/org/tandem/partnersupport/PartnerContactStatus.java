package org.tandem.partnersupport;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where proactive contact with a woman stands, with the moves allowed from each kept in one place.
 * Contact is never closed for good: a woman who declined or could not be reached may be contacted
 * again when his circumstances change.
 */
public enum PartnerContactStatus {
  NOT_YET_CONTACTED,
  CONTACTED,
  ENGAGED,
  DECLINED,
  UNREACHABLE;

  public Set<PartnerContactStatus> moves() {
    return switch (this) {
      case NOT_YET_CONTACTED -> EnumSet.of(CONTACTED, DECLINED, UNREACHABLE);
      case CONTACTED -> EnumSet.of(ENGAGED, DECLINED, UNREACHABLE);
      case ENGAGED -> EnumSet.of(CONTACTED, DECLINED);
      case DECLINED -> EnumSet.of(CONTACTED, ENGAGED);
      case UNREACHABLE -> EnumSet.of(CONTACTED, ENGAGED, DECLINED);
    };
  }

  public boolean canMoveTo(PartnerContactStatus next) {
    return moves().contains(next);
  }

  /**
   * Where contact stands after an attempt with this outcome. Reaching her makes her contacted
   * (engagement is the worker's judgement, recorded separately); her saying no makes her declined;
   * an attempt that did not reach her changes nothing, since one missed call is not "unreachable".
   */
  public PartnerContactStatus after(ContactOutcome outcome) {
    if (outcome == ContactOutcome.DECLINED_SUPPORT) {
      return DECLINED;
    }
    if (outcome.reached()
        && (this == NOT_YET_CONTACTED || this == DECLINED || this == UNREACHABLE)) {
      return CONTACTED;
    }
    return this;
  }

  /** Reached at some point: counts towards the share of partners contacted. */
  public boolean reached() {
    return this == CONTACTED || this == ENGAGED || this == DECLINED;
  }
}
