package org.tandem.referral;

import java.util.Optional;

/**
 * The referrer from an outside agency who fills in the referral pages themselves. The referrer
 * feature implements it; the referral pages ask it who is referring, so the source and the
 * referrer's contact are theirs, not typed, and tell it which referral they made.
 */
public interface OnlineReferrers {

  /** Who is referring, as the referral records them. */
  record Referrer(
      String name,
      String organisation,
      ReferralSource source,
      String sourceOther,
      String email,
      long areaId) {}

  /** The signed-in referrer, when they have a referrer's account. */
  Optional<Referrer> current();

  /** Records that the signed-in referrer made this referral, in the transaction that saved it. */
  void made(String reference);
}
