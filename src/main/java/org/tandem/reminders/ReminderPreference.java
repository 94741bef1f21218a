package org.tandem.reminders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How he wants to be reminded, and his email for it; texts go to the phone on his referral. The
 * version is that of the preference read (0 when he has not said yet).
 */
public record ReminderPreference(
    @NotNull(message = "Select how he wants to be reminded") ReminderChannel channel,
    @Size(max = 160, message = "His email address must be 160 characters or fewer")
        @Email(message = "Enter his email address in the correct format, like name@example.com")
        String email,
    int version) {

  /** What a case has before anyone asks him: no reminders. */
  public static ReminderPreference notSet() {
    return new ReminderPreference(ReminderChannel.NONE, null, 0);
  }
}
