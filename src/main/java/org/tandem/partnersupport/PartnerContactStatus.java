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
      case DECLINED, UNREACHABLE -> EnumSet.of(CONTACTED, ENGAGED);
    };
  }

  public boolean canMoveTo(PartnerContactStatus next) {
    return moves().contains(next);
  }

  /** Reached at some point: counts towards the share of partners contacted. */
  public boolean reached() {
    return this == CONTACTED || this == ENGAGED || this == DECLINED;
  }
}
