package org.tandem.reminders;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One reminder the service sends before each appointment with him: how many days before, at what
 * time, and the GOV.UK Notify templates for a text and for an email, in English and in Welsh. Each
 * template is given the personalisation fields {@link #PERSONALISATION}.
 */
public record ReminderTemplate(
    String code,
    int daysBefore,
    LocalTime sendAt,
    UUID smsTemplateId,
    UUID emailTemplateId,
    UUID smsTemplateIdCy,
    UUID emailTemplateIdCy,
    boolean active,
    String updatedBy,
    OffsetDateTime updatedAt,
    int version) {

  /**
   * The template for a reminder by text or email in his language: the Welsh one when he reads Welsh
   * and the service has written one, otherwise the English one (a reminder in English is better
   * than none).
   */
  public UUID templateFor(boolean text, ReminderLanguage language) {
    UUID welsh = text ? smsTemplateIdCy : emailTemplateIdCy;
    if (language == ReminderLanguage.WELSH && welsh != null) {
      return welsh;
    }
    return text ? smsTemplateId : emailTemplateId;
  }

  /** The language a reminder by text or email is sent in: Welsh only if its template is Welsh. */
  public ReminderLanguage languageFor(boolean text, ReminderLanguage language) {
    UUID welsh = text ? smsTemplateIdCy : emailTemplateIdCy;
    return language == ReminderLanguage.WELSH && welsh != null
        ? ReminderLanguage.WELSH
        : ReminderLanguage.ENGLISH;
  }

  /** The fields every reminder template is given, in the order the page lists them. */
  public static final java.util.List<String> PERSONALISATION =
      java.util.List.of("first_name", "date", "time", "place", "worker", "appointment");
}
