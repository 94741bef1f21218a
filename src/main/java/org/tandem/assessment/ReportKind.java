package org.tandem.assessment;

/** The kinds of report to the referrer: the first, from his assessment, and the later updates. */
public enum ReportKind {
  RISK_IDENTIFICATION,
  UPDATE_WEEK_12,
  UPDATE_COMPLETION;

  /** An update on his programme at a review point, rather than the report from his assessment. */
  public boolean update() {
    return this != RISK_IDENTIFICATION;
  }

  /** The review point an update report is for; null for the risk identification report. */
  public ReviewPoint point() {
    return switch (this) {
      case RISK_IDENTIFICATION -> null;
      case UPDATE_WEEK_12 -> ReviewPoint.WEEK_12;
      case UPDATE_COMPLETION -> ReviewPoint.COMPLETION;
    };
  }
}
