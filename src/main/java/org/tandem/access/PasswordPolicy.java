package org.tandem.access;

import java.util.Optional;

/** Whether a new password is good enough, for pages outside {@code access} that set one. */
public interface PasswordPolicy {

  /**
   * What is wrong with this password for this person, in words to show beside the field, or empty
   * when it is good enough. The length is checked by the forms.
   */
  Optional<String> problem(String password, String username, String displayName);
}
