package org.tandem.referral;

/** A detail of his, or of a child's, that a correction can change; each has its own amendment. */
public enum CorrectedDetail {
  GIVEN_NAME,
  FAMILY_NAME,
  DATE_OF_BIRTH,
  PHONE,
  ADDRESS,
  LANGUAGE,
  INTERPRETER_NEEDED,
  AGE
}
