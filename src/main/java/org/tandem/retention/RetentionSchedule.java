package org.tandem.retention;

/**
 * How long the service keeps a case, as it sets it, with the version read so that a change made
 * meanwhile by someone else is found rather than overwritten.
 */
public record RetentionSchedule(
    int closedCaseYears, int youngestChildAge, int notTakenUpYears, int version) {

  /**
   * What Tandem starts with, each from its source (on the schedule page and in the data-protection
   * annex), until the service's data-protection officer confirms or changes them.
   */
  public static final RetentionSchedule DEFAULTS = new RetentionSchedule(6, 25, 2, 0);

  /** The fewest and most years a rule may be, and the youngest age a child rule may run to. */
  public static final int FEWEST_YEARS = 1;

  public static final int MOST_YEARS = 100;
  public static final int YOUNGEST_CHILD_AGE_AT_LEAST = 18;
}
