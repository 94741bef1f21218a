package org.tandem.consent;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of sharing out of the service that a consent can cover: its scope. Her referrals on are
 * the first six; the reports to his referrer are his.
 */
public enum ShareTo {
  REFUGE("referrals to refuges"),
  IDVA("referrals to an IDVA"),
  MARAC("referrals to MARAC"),
  HOUSING("referrals to housing"),
  LEGAL_PROTECTION("referrals for legal protection"),
  OTHER_SERVICES("referrals to other services"),
  CHILDRENS_SERVICES("sharing with children's services"),
  REPORTS_TO_REFERRER("reports to the referrer");

  private final String words;

  ShareTo(String words) {
    this.words = words;
  }

  /** The sharing in words, for the reason a sharing is refused: "referrals to refuges". */
  public String inWords() {
    return words;
  }

  /** What her consent can cover. */
  public static Set<ShareTo> hers() {
    return EnumSet.range(REFUGE, CHILDRENS_SERVICES);
  }

  /** What his consent can cover. */
  public static Set<ShareTo> his() {
    return EnumSet.of(MARAC, OTHER_SERVICES, CHILDRENS_SERVICES, REPORTS_TO_REFERRER);
  }
}
