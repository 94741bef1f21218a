package org.tandem.retention;

/** The rule of the schedule that makes a case due to be anonymised. */
public enum RetentionRule {
  /** A closed case: kept for so many years after the service's involvement ended. */
  CLOSED_CASE,
  /** A closed case with children: kept until its youngest child reaches the age set. */
  CHILDREN,
  /** A referral not taken up (referred on, or he never attended): kept so long after referral. */
  NOT_TAKEN_UP
}
