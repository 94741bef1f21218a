package org.tandem.clocks;

/**
 * The targets the service sets, in working days from the referral date, and the version read, so
 * that a manager's change made meanwhile by another is found rather than overwritten.
 */
public record ClockTargets(
    int hisFirstAttempt,
    int hisAssessment,
    int hisProgrammeStart,
    int herFirstAttempt,
    int herReached,
    int version) {

  /** The most working days a target may be: about a year. */
  public static final int MOST = 250;

  /**
   * Service defaults, to be set by the service: what Tandem starts with until a manager sets the
   * contract's own (docs/clocks.md).
   */
  public static final ClockTargets DEFAULTS = new ClockTargets(2, 15, 40, 1, 5, 0);

  public int days(ClockKind kind) {
    return switch (kind) {
      case HIS_FIRST_ATTEMPT -> hisFirstAttempt;
      case HIS_ASSESSMENT -> hisAssessment;
      case HIS_PROGRAMME_START -> hisProgrammeStart;
      case HER_FIRST_ATTEMPT -> herFirstAttempt;
      case HER_REACHED -> herReached;
    };
  }
}
