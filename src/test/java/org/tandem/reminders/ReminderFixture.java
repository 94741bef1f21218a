package org.tandem.reminders;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.appointments.AppointmentBooked;
import org.tandem.appointments.AppointmentCancelled;
import org.tandem.appointments.AppointmentKind;
import org.tandem.calendar.ServiceClock;

/**
 * What the reminder tests need around them: appointments booked and cancelled as the appointments
 * feature does (its events, published inside a transaction), the service's templates set, and the
 * reminders a case has.
 */
final class ReminderFixture {

  /** Appointment ids no real appointment has: the reminders table does not refer to its table. */
  private static final AtomicLong APPOINTMENTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  static final UUID SMS_TEMPLATE = UUID.fromString("11111111-2222-4333-8444-555555555555");
  static final UUID EMAIL_TEMPLATE = UUID.fromString("66666666-7777-4888-8999-aaaaaaaaaaaa");

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;

  ReminderFixture(
      ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
    this.events = events;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** The service's reminders, as the tests expect them: both sent, with templates for both ways. */
  void templatesSet() {
    jdbc.sql(
            """
            UPDATE reminder_template SET sms_template_id = :sms, email_template_id = :email,
              active = TRUE, days_before = CASE code WHEN 'ON_THE_DAY' THEN 0 ELSE 2 END,
              send_at = CASE code WHEN 'ON_THE_DAY' THEN TIME '08:00' ELSE TIME '10:00' END,
              version = version + 1
            WHERE code IN ('TWO_DAYS_BEFORE', 'ON_THE_DAY')
            """)
        .param("sms", SMS_TEMPLATE)
        .param("email", EMAIL_TEMPLATE)
        .update();
  }

  long referralId(String reference) {
    return jdbc.sql("SELECT id FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  long newAppointmentId() {
    return APPOINTMENTS.incrementAndGet();
  }

  /** Books (or moves) an appointment at this UK time, as the appointments feature would. */
  void book(String reference, long appointmentId, LocalDateTime at) {
    OffsetDateTime startsAt = at.atZone(ServiceClock.ZONE).toOffsetDateTime();
    AppointmentBooked booked =
        new AppointmentBooked(
            appointmentId,
            referralId(reference),
            reference,
            areaId(reference),
            AppointmentKind.ASSESSMENT,
            startsAt,
            "Invented Centre, Room 2",
            "Alex Worker");
    transactions.executeWithoutResult(s -> events.publishEvent(booked));
  }

  void cancel(String reference, long appointmentId) {
    AppointmentCancelled cancelled = new AppointmentCancelled(appointmentId, referralId(reference));
    transactions.executeWithoutResult(s -> events.publishEvent(cancelled));
  }

  private long areaId(String reference) {
    return jdbc.sql("SELECT area_id FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  /** A reminder as the table holds it. */
  record Row(
      long id,
      String templateCode,
      OffsetDateTime dueAt,
      String status,
      int attempts,
      String reason) {}

  List<Row> reminders(long appointmentId) {
    return jdbc.sql(
            """
            SELECT id, template_code, due_at, status, attempts, reason FROM reminder
            WHERE appointment_id = :a ORDER BY due_at, id
            """)
        .param("a", appointmentId)
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getString(6)))
        .list();
  }

  Row reminder(long id) {
    return jdbc.sql(
            "SELECT id, template_code, due_at, status, attempts, reason FROM reminder WHERE id = :id")
        .param("id", id)
        .query(
            (rs, i) ->
                new Row(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getString(6)))
        .single();
  }

  /** His preference set straight in the table, for tests about sending rather than the form. */
  void prefers(String reference, String channel, String email) {
    jdbc.sql(
            """
            INSERT INTO man_reminder_preference (referral_id, channel, email, updated_by, updated_at)
            VALUES (:id, :channel, :email, 'test', now())
            ON CONFLICT (referral_id) DO UPDATE SET channel = :channel, email = :email
            """)
        .param("id", referralId(reference))
        .param("channel", channel)
        .param("email", email)
        .update();
  }
}
