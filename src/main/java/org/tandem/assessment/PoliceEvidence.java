package org.tandem.assessment;

/** How the incidents evidenced by police call-outs or a social-services chronology are known. */
public enum PoliceEvidence {
  /** An exact number. */
  COUNT,
  /** At least this number ("N or more"). */
  AT_LEAST,
  /** The evidence shows incidents but their number is unclear. */
  UNCLEAR
}
