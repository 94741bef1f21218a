package org.tandem.access;

/**
 * Proof, checked on the server, that the current user may see what lies behind the confidentiality
 * wall for one case. Only {@link CaseAccess} makes one, and every query that reads a partner's
 * details takes one, so the wall cannot be skipped by forgetting a check.
 */
public final class WallPass {

  private final long referralId;

  WallPass(long referralId) {
    this.referralId = referralId;
  }

  public long referralId() {
    return referralId;
  }
}
