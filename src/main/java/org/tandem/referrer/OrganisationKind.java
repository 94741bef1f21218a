package org.tandem.referrer;

import org.tandem.referral.ReferralSource;

/** The kinds of outside agency whose staff refer online; each sets its referrals' source. */
public enum OrganisationKind {
  CHILDRENS_SOCIAL_CARE(ReferralSource.CHILDRENS_SERVICES),
  PROBATION(ReferralSource.PROBATION),
  CAFCASS(ReferralSource.CAFCASS_FAMILY_COURT),
  POLICE(ReferralSource.POLICE),
  OTHER(ReferralSource.OTHER);

  private final ReferralSource source;

  OrganisationKind(ReferralSource source) {
    this.source = source;
  }

  /** The referral source a referral from this kind of agency is recorded with. */
  public ReferralSource source() {
    return source;
  }
}
