package org.tandem.assessment;

/** Why individual work, or why not acceptable now. */
public enum ViabilityReason {
  LANGUAGE,
  DISABILITY,
  SEXUALITY,
  FEMALE_PERPETRATOR,
  DENIAL,
  HOSTILITY,
  OTHER
}
