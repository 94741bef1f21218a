package org.tandem.reminders.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.reminders.ReminderChannel;
import org.tandem.reminders.ReminderLanguage;
import org.tandem.reminders.ReminderPreference;
import org.tandem.reminders.ReminderTemplate;
import org.tandem.reminders.ReminderView;

/** Reads and writes his preference, the service's templates and the reminders outbox. */
@Repository
public class ReminderStore {

  private final JdbcClient jdbc;

  ReminderStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ReminderPreference> preference(long referralId) {
    return jdbc.sql(
            """
            SELECT channel, email, language, version FROM man_reminder_preference
            WHERE referral_id = :id
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new ReminderPreference(
                    ReminderChannel.valueOf(rs.getString(1)),
                    rs.getString(2),
                    ReminderLanguage.valueOf(rs.getString(3)),
                    rs.getInt(4)))
        .optional();
  }

  /** Saves his preference if it is still the version read: false when someone changed it first. */
  public boolean savePreference(
      long referralId, ReminderPreference preference, String by, OffsetDateTime now) {
    if (preference.version() == 0) {
      return jdbc.sql(
                  """
                  INSERT INTO man_reminder_preference (referral_id, channel, email, language,
                    updated_by, updated_at, version)
                  VALUES (:id, :channel, :email, :language, :by, :now, 1)
                  ON CONFLICT (referral_id) DO NOTHING
                  """)
              .param("id", referralId)
              .param("channel", preference.channel().name())
              .param("email", preference.email())
              .param("language", preference.language().name())
              .param("by", by)
              .param("now", now)
              .update()
          == 1;
    }
    return jdbc.sql(
                """
                UPDATE man_reminder_preference SET channel = :channel, email = :email,
                  language = :language, updated_by = :by, updated_at = :now, version = version + 1
                WHERE referral_id = :id AND version = :version
                """)
            .param("id", referralId)
            .param("channel", preference.channel().name())
            .param("email", preference.email())
            .param("language", preference.language().name())
            .param("by", by)
            .param("now", now)
            .param("version", preference.version())
            .update()
        == 1;
  }

  private static final String TEMPLATE_COLUMNS =
      "code, days_before, send_at, sms_template_id, email_template_id, sms_template_id_cy,"
          + " email_template_id_cy, active, updated_by, updated_at, version";

  public List<ReminderTemplate> templates() {
    return jdbc.sql(
            "SELECT "
                + TEMPLATE_COLUMNS
                + " FROM reminder_template ORDER BY days_before DESC, send_at, code")
        .query(ReminderStore::template)
        .list();
  }

  public Optional<ReminderTemplate> template(String code) {
    return jdbc.sql("SELECT " + TEMPLATE_COLUMNS + " FROM reminder_template WHERE code = :code")
        .param("code", code)
        .query(ReminderStore::template)
        .optional();
  }

  public boolean saveTemplate(ReminderTemplate changed, String by, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE reminder_template SET days_before = :days, send_at = :at,
                  sms_template_id = :sms, email_template_id = :email, sms_template_id_cy = :smsCy,
                  email_template_id_cy = :emailCy, active = :active,
                  updated_by = :by, updated_at = :now, version = version + 1
                WHERE code = :code AND version = :version
                """)
            .param("days", changed.daysBefore())
            .param("at", changed.sendAt())
            .param("sms", changed.smsTemplateId())
            .param("email", changed.emailTemplateId())
            .param("smsCy", changed.smsTemplateIdCy())
            .param("emailCy", changed.emailTemplateIdCy())
            .param("active", changed.active())
            .param("by", by)
            .param("now", now)
            .param("code", changed.code())
            .param("version", changed.version())
            .update()
        == 1;
  }

  private static ReminderTemplate template(ResultSet rs, int i) throws SQLException {
    return new ReminderTemplate(
        rs.getString(1),
        rs.getInt(2),
        rs.getObject(3, LocalTime.class),
        rs.getObject(4, UUID.class),
        rs.getObject(5, UUID.class),
        rs.getObject(6, UUID.class),
        rs.getObject(7, UUID.class),
        rs.getBoolean(8),
        rs.getString(9),
        rs.getObject(10, OffsetDateTime.class),
        rs.getInt(11));
  }

  /** A reminder to him of an appointment, pending until it is due. */
  public record ForHim(
      long referralId,
      long appointmentId,
      String templateCode,
      String appointmentKind,
      OffsetDateTime startsAt,
      String place,
      String workerName,
      OffsetDateTime dueAt) {}

  public void addForHim(ForHim r, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO reminder (referral_id, appointment_id, recipient, template_code,
              appointment_kind, starts_at, place, worker_name, due_at, next_try_at, created_at)
            VALUES (:referral, :appointment, 'HIM', :code, :kind, :starts, :place, :worker, :due,
              :due, :now)
            """)
        .param("referral", r.referralId())
        .param("appointment", r.appointmentId())
        .param("code", r.templateCode())
        .param("kind", r.appointmentKind())
        .param("starts", r.startsAt())
        .param("place", r.place())
        .param("worker", r.workerName())
        .param("due", r.dueAt())
        .param("now", now)
        .update();
  }

  /** A reminder to her: only which partner, how and when; her details are read when it is sent. */
  public long addForHer(
      WallPass pass,
      long partnerId,
      String channel,
      UUID templateId,
      OffsetDateTime startsAt,
      String workerName,
      OffsetDateTime dueAt,
      boolean safeTimeConfirmed,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO reminder (referral_id, recipient, partner_id, channel, template_id,
              starts_at, worker_name, safe_time_confirmed, due_at, next_try_at, created_at)
            SELECT :referral, 'HER', p.id, :channel, :template, :starts, :worker, :safe, :due,
              :due, :now
            FROM partner p WHERE p.id = :partner AND p.referral_id = :referral
            RETURNING id
            """)
        .param("referral", pass.referralId())
        .param("partner", partnerId)
        .param("channel", channel)
        .param("template", templateId)
        .param("starts", startsAt)
        .param("worker", workerName)
        .param("safe", safeTimeConfirmed)
        .param("due", dueAt)
        .param("now", now)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("No such partner on this case"));
  }

  /** Cancels the reminders of an appointment not yet sent: it was moved or will not happen. */
  public int cancelPending(long appointmentId, String reason, OffsetDateTime now) {
    return jdbc.sql(
            """
            UPDATE reminder SET status = 'CANCELLED', reason = :reason, done_at = :now
            WHERE appointment_id = :appointment AND status = 'PENDING'
            """)
        .param("appointment", appointmentId)
        .param("reason", reason)
        .param("now", now)
        .update();
  }

  /** His reminders on a case, latest due first, a page at a time; never those to her. */
  public List<ReminderView> forHim(long referralId, int size, long offset) {
    return jdbc.sql(
            """
            SELECT id, appointment_id, template_code, starts_at, due_at, status, attempts,
              notify_id, reason, done_at
            FROM reminder WHERE referral_id = :id AND recipient = 'HIM'
            ORDER BY due_at DESC, id DESC LIMIT :size OFFSET :offset
            """)
        .param("id", referralId)
        .param("size", size)
        .param("offset", offset)
        .query(
            (rs, i) ->
                new ReminderView(
                    rs.getLong(1),
                    (Long) rs.getObject(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getObject(5, OffsetDateTime.class),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getObject(8, UUID.class),
                    rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class)))
        .list();
  }

  public long countForHim(long referralId) {
    return jdbc.sql("SELECT count(*) FROM reminder WHERE referral_id = :id AND recipient = 'HIM'")
        .param("id", referralId)
        .query(Long.class)
        .single();
  }

  /** The case a reminder belongs to, for its audit entry and, for her, the pass. */
  public CaseRef caseOf(long referralId) {
    return jdbc.sql("SELECT id, reference, area_id FROM referral WHERE id = :id")
        .param("id", referralId)
        .query((rs, i) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getLong(3)))
        .single();
  }
}
