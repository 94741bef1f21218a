package org.tandem.referral;

/** A child's protection status. */
public enum ProtectionStatus {
  CHILD_PROTECTION_PLAN,
  CHILD_IN_NEED,
  EARLY_HELP,
  NONE
}
