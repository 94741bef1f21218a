package org.tandem.consent;

/** How a consent was withdrawn. */
public enum WithdrawnHow {
  IN_PERSON,
  BY_PHONE,
  IN_WRITING,
  THROUGH_ANOTHER_AGENCY
}
