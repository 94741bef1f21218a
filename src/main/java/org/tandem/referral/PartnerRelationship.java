package org.tandem.referral;

/** How a woman at risk is related to the man. */
public enum PartnerRelationship {
  CURRENT,
  FORMER,
  NEW
}
