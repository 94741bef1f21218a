package org.tandem.access;

/**
 * Proof, checked on the server, that the current user may see what lies behind the confidentiality
 * wall for one case. Only {@link CaseAccess} makes one, and every query that reads a partner's
 * details takes one, so the wall cannot be skipped by forgetting a check. It carries the opened
 * case, so a service given a pass needs nothing else to read, write and audit her record.
 */
public final class WallPass {

  private final CaseRef opened;

  WallPass(CaseRef opened) {
    this.opened = opened;
  }

  public long referralId() {
    return opened.referralId();
  }

  /** The case this pass opens. */
  public CaseRef caseRef() {
    return opened;
  }
}
