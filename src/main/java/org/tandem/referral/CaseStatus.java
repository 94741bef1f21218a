package org.tandem.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where his case is in its journey, from referral to the end of the programme, with the moves
 * allowed into each status kept in one place. What moves a case is the event that makes the move
 * true (the triage, the first assessment session, the viability decision, the place, the first
 * session attended, the programme's own changes), never a status picked from a list.
 */
public enum CaseStatus {
  AWAITING_TRIAGE,
  AWAITING_ASSESSMENT,
  REFERRED_ON,
  DID_NOT_ATTEND,
  IN_ASSESSMENT,
  ASSESSED_SUITABLE,
  ASSESSED_NOT_READY,
  ASSESSED_NOT_SUITABLE,
  WAITING_FOR_GROUP,
  IN_PROGRAMME,
  SUSPENDED,
  COMPLETED,
  EXITED_EARLY,
  CLOSED;

  private static final Set<CaseStatus> BEFORE_ASSESSMENT =
      EnumSet.of(AWAITING_TRIAGE, AWAITING_ASSESSMENT);
  private static final Set<CaseStatus> ASSESSED =
      EnumSet.of(ASSESSED_SUITABLE, ASSESSED_NOT_READY, ASSESSED_NOT_SUITABLE);

  /** The statuses a case may move into this one from. */
  public Set<CaseStatus> reachedFrom() {
    return switch (this) {
      case AWAITING_TRIAGE -> EnumSet.noneOf(CaseStatus.class);
      case AWAITING_ASSESSMENT, REFERRED_ON, DID_NOT_ATTEND, IN_ASSESSMENT -> BEFORE_ASSESSMENT;
      case ASSESSED_SUITABLE, ASSESSED_NOT_READY, ASSESSED_NOT_SUITABLE ->
          union(BEFORE_ASSESSMENT, EnumSet.of(IN_ASSESSMENT), ASSESSED);
      case WAITING_FOR_GROUP ->
          union(BEFORE_ASSESSMENT, EnumSet.of(IN_ASSESSMENT, COMPLETED, EXITED_EARLY), ASSESSED);
      case IN_PROGRAMME ->
          union(
              BEFORE_ASSESSMENT, EnumSet.of(IN_ASSESSMENT, WAITING_FOR_GROUP, SUSPENDED), ASSESSED);
      case SUSPENDED -> EnumSet.of(IN_PROGRAMME);
      case COMPLETED -> EnumSet.of(IN_PROGRAMME, SUSPENDED);
      case EXITED_EARLY -> EnumSet.of(WAITING_FOR_GROUP, IN_PROGRAMME, SUSPENDED);
      case CLOSED -> EnumSet.complementOf(EnumSet.of(CLOSED));
    };
  }

  /** The statuses a triage decision may move a case to from this one. */
  public Set<CaseStatus> triageMoves() {
    return BEFORE_ASSESSMENT.contains(this)
        ? EnumSet.of(AWAITING_ASSESSMENT, REFERRED_ON, DID_NOT_ATTEND)
        : EnumSet.noneOf(CaseStatus.class);
  }

  public boolean canBeTriaged() {
    return !triageMoves().isEmpty();
  }

  /**
   * A group place needs a viability decision of suitable: he stands assessed as suitable, or has
   * been on the programme before.
   */
  public boolean readyForAPlace() {
    return this == ASSESSED_SUITABLE || this == COMPLETED || this == EXITED_EARLY;
  }

  /** He holds a place now (waiting for his group, in it, or suspended from it). */
  public boolean holdsAPlace() {
    return this == WAITING_FOR_GROUP || this == IN_PROGRAMME || this == SUSPENDED;
  }

  /** Still waiting to be seen: on the waiting list. */
  public boolean isWaiting() {
    return BEFORE_ASSESSMENT.contains(this);
  }

  @SafeVarargs
  private static Set<CaseStatus> union(Set<CaseStatus>... sets) {
    Set<CaseStatus> all = EnumSet.noneOf(CaseStatus.class);
    for (Set<CaseStatus> s : sets) {
      all.addAll(s);
    }
    return all;
  }
}
