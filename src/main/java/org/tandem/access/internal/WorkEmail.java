package org.tandem.access.internal;

/**
 * What a user's work email address must look like, and what is said when it does not: the council
 * sign-in finds the account by it, so a mistyped one would leave the person unable to sign in.
 */
final class WorkEmail {

  /** Something, an @, and a domain with a dot in it: what every council's addresses have. */
  static final String FORMAT = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  static final String WRONG_FORMAT = "{access.problem.emailFormat}";
  static final String TOO_LONG = "{access.problem.emailTooLong}";

  /** The key of what is said when another account has the address. */
  static final String TAKEN = "access.problem.emailTaken";

  private WorkEmail() {}

  /** What was typed without its surrounding spaces, or null when nothing was. */
  static String orNull(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }
}
