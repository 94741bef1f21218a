package org.tandem.partnersupport;

/**
 * What she is asked at each follow-up, each rated 1 to 5 where 5 is the best outcome (for violence:
 * 1 much worse, 3 no change, 4 reduced, 5 stopped). Her children's safety may not apply.
 */
public enum SelfReportMeasure {
  VIOLENCE,
  ABUSIVE_BEHAVIOUR,
  FEELING_SAFE,
  CHILDRENS_SAFETY,
  QUALITY_OF_LIFE
}
