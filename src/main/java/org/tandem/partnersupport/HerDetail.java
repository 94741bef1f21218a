package org.tandem.partnersupport;

/** A detail of hers that a correction can change; each has its own amendment, behind the wall. */
public enum HerDetail {
  GIVEN_NAME,
  FAMILY_NAME,
  PHONE,
  EMAIL,
  ADDRESS,
  SAFE_CONTACT_TIMES
}
