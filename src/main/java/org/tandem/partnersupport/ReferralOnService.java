package org.tandem.partnersupport;

import org.tandem.consent.ShareTo;

/** The services she can be referred on to. */
public enum ReferralOnService {
  REFUGE(ShareTo.REFUGE),
  IDVA(ShareTo.IDVA),
  MARAC(ShareTo.MARAC),
  HOUSING(ShareTo.HOUSING),
  NON_MOLESTATION_ORDER(ShareTo.LEGAL_PROTECTION),
  PROHIBITED_STEPS_ORDER(ShareTo.LEGAL_PROTECTION),
  OTHER_LEGAL(ShareTo.LEGAL_PROTECTION),
  OTHER(ShareTo.OTHER_SERVICES);

  private final ShareTo sharing;

  ReferralOnService(ShareTo sharing) {
    this.sharing = sharing;
  }

  /** The kind of sharing a referral here is, which her consent must cover. */
  public ShareTo sharing() {
    return sharing;
  }
}
