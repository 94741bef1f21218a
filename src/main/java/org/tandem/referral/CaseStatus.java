package org.tandem.referral;

import java.util.EnumSet;
import java.util.Set;

/** Where a case is in its journey, with the moves allowed from each place kept in one place. */
public enum CaseStatus {
  AWAITING_TRIAGE,
  AWAITING_ASSESSMENT,
  REFERRED_ON,
  DID_NOT_ATTEND;

  /** The statuses a triage decision may move a case to from this one. */
  public Set<CaseStatus> triageMoves() {
    return switch (this) {
      case AWAITING_TRIAGE, AWAITING_ASSESSMENT ->
          EnumSet.of(AWAITING_ASSESSMENT, REFERRED_ON, DID_NOT_ATTEND);
      case REFERRED_ON, DID_NOT_ATTEND -> EnumSet.noneOf(CaseStatus.class);
    };
  }

  public boolean canBeTriaged() {
    return !triageMoves().isEmpty();
  }

  /** Still waiting to be seen: on the waiting list. */
  public boolean isWaiting() {
    return this == AWAITING_TRIAGE || this == AWAITING_ASSESSMENT;
  }
}
