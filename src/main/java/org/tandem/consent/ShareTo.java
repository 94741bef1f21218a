package org.tandem.consent;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of sharing out of the service that a consent can cover: its scope. Her referrals on are
 * the first six; the reports to his referrer are his.
 */
public enum ShareTo {
  REFUGE,
  IDVA,
  MARAC,
  HOUSING,
  LEGAL_PROTECTION,
  OTHER_SERVICES,
  CHILDRENS_SERVICES,
  REPORTS_TO_REFERRER;

  /** What her consent can cover. */
  public static Set<ShareTo> hers() {
    return EnumSet.range(REFUGE, CHILDRENS_SERVICES);
  }

  /** What his consent can cover. */
  public static Set<ShareTo> his() {
    return EnumSet.of(MARAC, OTHER_SERVICES, CHILDRENS_SERVICES, REPORTS_TO_REFERRER);
  }
}
