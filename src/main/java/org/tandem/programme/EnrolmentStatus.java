package org.tandem.programme;

import java.util.EnumSet;
import java.util.Set;

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
