package org.tandem.clocks;

/** How a worker tried to reach him. */
public enum AttemptMethod {
  PHONE,
  TEXT_MESSAGE,
  EMAIL,
  LETTER,
  IN_PERSON
}
