package org.tandem.programme;

import java.util.EnumSet;
import java.util.Set;
import org.tandem.referral.CaseStatus;

/**
 * A man's status on the programme, with the moves allowed from each kept in one place. Every move
 * is a change the partner-support worker must act on.
 */
public enum EnrolmentStatus {
  WAITING,
  ATTENDING,
  SUSPENDED,
  EXITED,
  COMPLETED;

  /** Where a change of his place moves his case. */
  public CaseStatus caseStatus() {
    return switch (this) {
      case WAITING -> CaseStatus.WAITING_FOR_GROUP;
      case ATTENDING -> CaseStatus.IN_PROGRAMME;
      case SUSPENDED -> CaseStatus.SUSPENDED;
      case EXITED -> CaseStatus.EXITED_EARLY;
      case COMPLETED -> CaseStatus.COMPLETED;
    };
  }

  public Set<EnrolmentStatus> moves() {
    return switch (this) {
      case WAITING -> EnumSet.of(ATTENDING, EXITED);
      case ATTENDING -> EnumSet.of(SUSPENDED, EXITED, COMPLETED);
      case SUSPENDED -> EnumSet.of(ATTENDING, EXITED);
      case EXITED, COMPLETED -> EnumSet.noneOf(EnrolmentStatus.class);
    };
  }

  public boolean canMoveTo(EnrolmentStatus next) {
    return moves().contains(next);
  }

  /** Still holding a place in the group. */
  public boolean live() {
    return this == WAITING || this == ATTENDING || this == SUSPENDED;
  }
}
