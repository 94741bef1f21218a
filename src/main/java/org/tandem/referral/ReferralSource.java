package org.tandem.referral;

/** Who referred the man to the service. */
public enum ReferralSource {
  CHILDRENS_SERVICES,
  CAFCASS_FAMILY_COURT,
  POLICE,
  PROBATION,
  MARAC,
  HEALTH_GP,
  RELATE,
  SUBSTANCE_MISUSE_SERVICE,
  MENTAL_HEALTH_SERVICE,
  VICTIM_SERVICE,
  SELF_REFERRAL,
  OTHER
}
