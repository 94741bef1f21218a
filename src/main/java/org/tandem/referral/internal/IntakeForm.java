package org.tandem.referral.internal;

import org.tandem.referral.DuplicateCheck;

/**
 * The referral page's form with intake's answer about the earlier cases that may be the same man.
 * The page of possible matches carries everything typed in hidden fields, so going back to the
 * form, or choosing, loses nothing.
 */
public class IntakeForm extends ReferralForm {

  /** The answer meaning none of the cases shown is him. */
  static final String SOMEONE_ELSE = "NONE";

  /** The possible matches were shown: the answer below is expected. */
  private boolean matchesShown;

  /** The earlier case's reference, or {@link #SOMEONE_ELSE}. */
  private String repeatOf;

  DuplicateCheck check() {
    return SOMEONE_ELSE.equals(repeatOf) ? DuplicateCheck.SOMEONE_ELSE : DuplicateCheck.REPEAT;
  }

  boolean answered() {
    return repeatOf != null && !repeatOf.isBlank();
  }

  public boolean isMatchesShown() {
    return matchesShown;
  }

  public void setMatchesShown(boolean matchesShown) {
    this.matchesShown = matchesShown;
  }

  public String getRepeatOf() {
    return repeatOf;
  }

  public void setRepeatOf(String repeatOf) {
    this.repeatOf = repeatOf;
  }
}
