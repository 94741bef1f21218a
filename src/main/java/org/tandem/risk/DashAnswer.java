package org.tandem.risk;

/** An answer to one DASH indicator. */
public enum DashAnswer {
  YES,
  NO,
  NOT_KNOWN
}
