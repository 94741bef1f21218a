package org.tandem.reminders.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.reminders.ReminderLanguage;

/**
 * The job's side of the reminders table: claims one due reminder, locked so that a second node
 * running the same job passes it by, and records what became of it.
 */
@Repository
class Outbox {

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A due reminder, with what is needed to send it to him; her details are read with a pass. */
  record Due(
      long id,
      long referralId,
      boolean toHer,
      Long partnerId,
      String channel,
      String templateCode,
      UUID templateId,
      String appointmentKind,
      OffsetDateTime startsAt,
      String place,
      String workerName,
      boolean safeTimeConfirmed,
      OffsetDateTime dueAt,
      int attempts) {}

  /**
   * The oldest reminder whose time has come, locked until the caller's transaction ends; one that
   * another node holds is skipped, so two nodes never send the same reminder.
   */
  Optional<Due> claimNext(OffsetDateTime now) {
    return jdbc.sql(
            """
            SELECT id, referral_id, recipient = 'HER', partner_id, channel, template_code,
              template_id, appointment_kind, starts_at, place, worker_name, safe_time_confirmed,
              due_at, attempts
            FROM reminder
            WHERE status = 'PENDING' AND next_try_at <= :now
            ORDER BY next_try_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """)
        .param("now", now)
        .query(
            (rs, i) ->
                new Due(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getBoolean(3),
                    (Long) rs.getObject(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, UUID.class),
                    rs.getString(8),
                    rs.getObject(9, OffsetDateTime.class),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getBoolean(12),
                    rs.getObject(13, OffsetDateTime.class),
                    rs.getInt(14)))
        .optional();
  }

  void sent(long id, String notifyId, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE reminder SET status = 'SENT', notify_id = CAST(:notify AS uuid),
              attempts = attempts + 1, reason = NULL, done_at = :now
            WHERE id = :id
            """)
        .param("notify", notifyId)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** Finished without sending: SKIPPED, HELD or FAILED, with a reason that names no one. */
  void finished(long id, String status, String reason, boolean tried, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE reminder SET status = :status, reason = :reason, done_at = :now,
              attempts = attempts + :tried
            WHERE id = :id
            """)
        .param("status", status)
        .param("reason", reason)
        .param("tried", tried ? 1 : 0)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** A failure to try again later. */
  void retryAt(long id, String reason, OffsetDateTime next) {
    jdbc.sql(
            """
            UPDATE reminder SET attempts = attempts + 1, reason = :reason, next_try_at = :next
            WHERE id = :id
            """)
        .param("reason", reason)
        .param("next", next)
        .param("id", id)
        .update();
  }

  /** What he has asked for, and where to send it: his first name, phone and email. */
  record HisContact(
      String channel, String givenName, String phone, String email, ReminderLanguage language) {}

  HisContact hisContact(long referralId) {
    return jdbc.sql(
            """
            SELECT coalesce(p.channel, 'NONE'), r.man_given_name, r.man_phone, p.email,
              coalesce(p.language, 'ENGLISH')
            FROM referral r LEFT JOIN man_reminder_preference p ON p.referral_id = r.id
            WHERE r.id = :id
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new HisContact(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    ReminderLanguage.valueOf(rs.getString(5))))
        .single();
  }
}
