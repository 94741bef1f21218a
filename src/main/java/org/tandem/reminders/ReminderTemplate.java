package org.tandem.reminders;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One reminder the service sends before each appointment with him: how many days before, at what
 * time, and the GOV.UK Notify templates for a text and for an email. Each template is given the
 * personalisation fields {@link #PERSONALISATION}.
 */
public record ReminderTemplate(
    String code,
    int daysBefore,
    LocalTime sendAt,
    UUID smsTemplateId,
    UUID emailTemplateId,
    boolean active,
    String updatedBy,
    OffsetDateTime updatedAt,
    int version) {

  /** The fields every reminder template is given, in the order the page lists them. */
  public static final java.util.List<String> PERSONALISATION =
      java.util.List.of("first_name", "date", "time", "place", "worker", "appointment");
}
