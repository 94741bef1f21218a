package org.tandem.referral;

/** What intake decided when it looked for the same man before a referral was saved. */
public enum DuplicateCheck {
  /** No earlier case in the user's areas looked like him. */
  NONE_FOUND,
  /** Earlier cases were shown and intake confirmed that none of them is him. */
  SOMEONE_ELSE,
  /** He is the man of an earlier case: the new referral is linked to it as a repeat referral. */
  REPEAT
}
