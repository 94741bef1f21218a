package org.tandem.referral;

/** Why the service may share information about the case. */
public enum SharingBasis {
  CONSENT,
  CHILD_PROTECTION,
  COURT_ORDER,
  CRIME_PREVENTION,
  OTHER_LEGAL_BASIS
}
