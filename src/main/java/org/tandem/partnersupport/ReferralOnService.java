package org.tandem.partnersupport;

/** The services she can be referred on to. */
public enum ReferralOnService {
  REFUGE,
  IDVA,
  MARAC,
  HOUSING,
  NON_MOLESTATION_ORDER,
  PROHIBITED_STEPS_ORDER,
  OTHER_LEGAL,
  OTHER
}
