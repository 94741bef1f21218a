package org.tandem.mywork;

/** The statuses of a case still being worked: anything not closed, referred on or ended. */
final class OpenCases {

  /** For SQL on the referral aliased {@code r}. */
  static final String OPEN =
      " r.status NOT IN ('REFERRED_ON', 'DID_NOT_ATTEND', 'COMPLETED', 'EXITED_EARLY', 'CLOSED') ";

  private OpenCases() {}
}
