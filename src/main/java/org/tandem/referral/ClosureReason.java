package org.tandem.referral;

/**
 * Why his case closed, in the codes the published evaluations of perpetrator programmes use, so
 * that closures can be counted the same way everywhere.
 */
public enum ClosureReason {
  COMPLETED,
  DID_NOT_RETURN,
  CHILD_PROTECTION_CONCLUDED,
  MOVED_AWAY,
  IN_CUSTODY,
  NOT_SUITABLE,
  REFERRED_ELSEWHERE,
  DECEASED,
  OTHER
}
