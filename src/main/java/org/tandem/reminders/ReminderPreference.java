package org.tandem.reminders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How he wants to be reminded, his email for it and the language he reads them in; texts go to the
 * phone on his referral. The version is that of the preference read (0 when he has not said yet). A
 * language left out (an older client of the API) is English, as every reminder was before.
 */
public record ReminderPreference(
    @NotNull(message = "{reminders.problem.channel}") ReminderChannel channel,
    @Size(max = 160, message = "{reminders.problem.emailTooLong}")
        @Email(message = "{reminders.problem.emailFormat}")
        String email,
    ReminderLanguage language,
    int version) {

  public ReminderPreference {
    language = language == null ? ReminderLanguage.ENGLISH : language;
  }

  /** In English, as before he could choose. */
  public ReminderPreference(ReminderChannel channel, String email, int version) {
    this(channel, email, ReminderLanguage.ENGLISH, version);
  }

  /** What a case has before anyone asks him: no reminders. */
  public static ReminderPreference notSet() {
    return new ReminderPreference(ReminderChannel.NONE, null, 0);
  }
}
