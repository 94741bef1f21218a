package org.tandem.reminders;

import java.util.Map;

/**
 * Why a reminder was not sent, as it is stored (in English, when it happened): the list of his
 * reminders says each in the reader's language by its key under reminders.reason. A reason with no
 * key (GOV.UK Notify's answer, with its status) is shown as stored.
 */
public final class ReminderReasons {

  public static final String NOT_ASKED = "He has not asked for reminders";
  public static final String NO_PHONE = "No phone number on his case";
  public static final String NO_EMAIL = "No email address for reminders";
  public static final String NO_TEXT_TEMPLATE =
      "No GOV.UK Notify template is set for this reminder by text";
  public static final String NO_EMAIL_TEMPLATE =
      "No GOV.UK Notify template is set for this reminder by email";
  public static final String HELD = "Not sent: her contact rules did not allow it at the time";
  public static final String NOTHING_TO_SEND = "Nothing to send it to, or no template";
  public static final String UNREACHABLE = "Could not reach GOV.UK Notify";
  public static final String MOVED = "The appointment was moved";
  public static final String CANCELLED = "The appointment was cancelled";

  private static final Map<String, String> KEYS =
      Map.of(
          NOT_ASKED, "notAsked",
          NO_PHONE, "noPhone",
          NO_EMAIL, "noEmail",
          NO_TEXT_TEMPLATE, "noTextTemplate",
          NO_EMAIL_TEMPLATE, "noEmailTemplate",
          HELD, "held",
          NOTHING_TO_SEND, "nothingToSend",
          UNREACHABLE, "unreachable",
          MOVED, "moved",
          CANCELLED, "cancelled");

  private ReminderReasons() {}

  /** The key of a stored reason under reminders.reason, or null when it has none. */
  public static String keyOf(String reason) {
    return reason == null ? null : KEYS.get(reason);
  }
}
