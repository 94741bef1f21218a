package org.tandem.referral;

/** A case's risk level, shown on every caseload. */
public enum RiskLevel {
  STANDARD,
  MEDIUM,
  HIGH
}
