package org.tandem.consent;

/**
 * The lawful basis a sharing out of the service goes on. Only consent rests on a recorded consent;
 * legitimate interests needs a recorded reason.
 */
public enum LawfulBasis {
  CONSENT,
  CHILD_PROTECTION,
  /** Section 115 of the Crime and Disorder Act 1998. */
  CRIME_AND_DISORDER,
  VITAL_INTERESTS,
  LEGITIMATE_INTERESTS
}
