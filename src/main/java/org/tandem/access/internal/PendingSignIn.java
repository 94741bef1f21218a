package org.tandem.access.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone whose password was right but who has not yet given their second factor, held in their
 * session in place of a signed-in user: they have no roles, so no page or API answers them, until
 * the code is right. {@code secret} is the new authenticator secret while they set one up.
 */
record PendingSignIn(
    long userId, boolean mustEnrol, Instant startedAt, int wrongCodes, String secret)
    implements Serializable {

  /** The session attribute that holds it. */
  static final String ATTRIBUTE = PendingSignIn.class.getName();

  /** Wrong codes after which the half sign-in ends and the password is needed again. */
  static final int MOST_WRONG_CODES = 5;

  /** How long the code page waits: long enough to find a phone, not long enough to leave open. */
  static final Duration LASTS = Duration.ofMinutes(10);

  PendingSignIn withWrongCode() {
    return new PendingSignIn(userId, mustEnrol, startedAt, wrongCodes + 1, secret);
  }

  PendingSignIn withSecret(String newSecret) {
    return new PendingSignIn(userId, mustEnrol, startedAt, wrongCodes, newSecret);
  }

  boolean tooManyWrongCodes() {
    return wrongCodes >= MOST_WRONG_CODES;
  }

  boolean expired(Instant now) {
    return now.isAfter(startedAt.plus(LASTS));
  }
}
