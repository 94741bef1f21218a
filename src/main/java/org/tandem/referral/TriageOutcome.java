package org.tandem.referral;

/** The triage decision on a referral. */
public enum TriageOutcome {
  APPROPRIATE_FOR_ASSESSMENT(CaseStatus.AWAITING_ASSESSMENT),
  INAPPROPRIATE_REFERRED_ON(CaseStatus.REFERRED_ON),
  DID_NOT_ATTEND(CaseStatus.DID_NOT_ATTEND);

  private final CaseStatus leadsTo;

  TriageOutcome(CaseStatus leadsTo) {
    this.leadsTo = leadsTo;
  }

  public CaseStatus leadsTo() {
    return leadsTo;
  }
}
