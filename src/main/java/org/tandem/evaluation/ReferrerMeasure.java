package org.tandem.evaluation;

/** The questions on the referrer's evaluation, each rated 1 (worst) to 5 (best). */
public enum ReferrerMeasure {
  ASSESSMENT_USEFULNESS,
  REPORT_USEFULNESS,
  HER_SAFETY,
  CHILDRENS_SAFETY;

  /** The point a referrer's evaluation is about, as reports show it. */
  public static final String POINT = "After engagement";
}
