package org.tandem.risk;

/** Why a case is referred to MARAC. */
public enum MaracTrigger {
  /** 14 or more "yes" answers on the DASH checklist. */
  VISIBLE_HIGH_RISK,
  /** 3 or more police call-outs for domestic abuse in the past 12 months. */
  ESCALATION,
  /** A practitioner's reasoned concern, whatever the score. */
  PROFESSIONAL_JUDGEMENT
}
