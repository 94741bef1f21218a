package org.tandem.partnersupport;

/**
 * The six Mirabal measures of success the worker goes through with her at each follow-up, each
 * rated 1 (much worse) to 5 (much better), or not asked.
 */
public enum MirabalMeasure {
  RESPECTFUL_COMMUNICATION,
  SPACE_FOR_ACTION,
  SAFETY_AND_FREEDOM,
  SHARED_PARENTING,
  AWARENESS_OF_SELF,
  SAFER_CHILDHOODS
}
