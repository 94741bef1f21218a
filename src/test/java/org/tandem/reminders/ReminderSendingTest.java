package org.tandem.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.reminders.internal.ReminderJob;

/**
 * Reminders to him: an appointment booked (the appointments feature's event) puts reminders in the
 * outbox; the job sends those due to the stand-in Notify by the way he asked, with the service's
 * template; moved and cancelled appointments take theirs back; failures are tried again, then given
 * up; and a reminder another node holds is passed by.
 */
class ReminderSendingTest extends TandemTest {

  private static final StandInNotify NOTIFY = StandInNotify.shared();

  @Autowired private ApplicationEventPublisher events;
  @Autowired private TransactionTemplate transactions;
  @Autowired private ReminderJob job;

  private ReminderFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ReminderFixture(events, transactions, jdbc);
    fixture.templatesSet();
  }

  /** A case of his own in a new area, with a phone number no other test sends to. */
  private String caseWithHisOwnPhone(String phone) {
    TestArea area = newArea();
    String reference = newCase(area);
    jdbc.sql("UPDATE referral SET man_phone = :p WHERE reference = :r")
        .param("p", phone)
        .param("r", reference)
        .update();
    return reference;
  }

  private static String aPhone() {
    return "07700 900"
        + ThreadLocalRandom.current().nextInt(100, 1000)
        + " "
        + ThreadLocalRandom.current().nextInt(10_000);
  }

  @Test
  void aBookedAppointmentGetsItsRemindersAndEachIsSentByTextWhenDue() {
    String phone = aPhone();
    String reference = caseWithHisOwnPhone(phone);
    fixture.prefers(reference, "TEXT", null);
    long appointment = fixture.newAppointmentId();

    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 7, 14, 0));

    List<ReminderFixture.Row> booked = fixture.reminders(appointment);
    assertThat(booked)
        .extracting(ReminderFixture.Row::templateCode, ReminderFixture.Row::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TWO_DAYS_BEFORE", "PENDING"),
            org.assertj.core.groups.Tuple.tuple("ON_THE_DAY", "PENDING"));
    assertThat(booked.get(0).dueAt().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 12, 5, 10, 0).atZone(clock.getZone()).toInstant());

    clock.travelTo(LocalDateTime.of(2026, 12, 4, 9, 0));
    job.sendDue();
    assertThat(NOTIFY.receivedBy(phone)).as("nothing before it is due").isEmpty();

    clock.travelTo(LocalDateTime.of(2026, 12, 5, 10, 1));
    job.sendDue();

    List<StandInNotify.Received> sent = NOTIFY.receivedBy(phone);
    assertThat(sent).hasSize(1);
    StandInNotify.Received text = sent.get(0);
    assertThat(text.kind()).isEqualTo("sms");
    assertThat(text.templateId()).isEqualTo(ReminderFixture.SMS_TEMPLATE.toString());
    assertThat(text.reference()).isEqualTo("reminder-" + booked.get(0).id());
    assertThat(text.personalisation())
        .containsEntry("date", "Monday 7 December 2026")
        .containsEntry("time", "2:00pm")
        .containsEntry("place", "Invented Centre, Room 2")
        .containsEntry("worker", "Alex Worker")
        .containsEntry("appointment", "assessment appointment")
        .containsKey("first_name");
    ReminderFixture.Row first = fixture.reminder(booked.get(0).id());
    assertThat(first.status()).isEqualTo("SENT");
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT notify_id::text FROM reminder WHERE id = :id")
                .param("id", first.id())
                .query(String.class)
                .single())
        .as("Notify's id is kept")
        .isEqualTo(text.id());
    assertThat(fixture.reminder(booked.get(1).id()).status()).isEqualTo("PENDING");

    job.sendDue();
    assertThat(NOTIFY.receivedBy(phone)).as("a reminder is sent once").hasSize(1);
  }

  @Test
  void byEmailWhenHeAskedForEmail() {
    String reference = caseWithHisOwnPhone(aPhone());
    String email = "invented." + fixture.newAppointmentId() + "@example.org";
    fixture.prefers(reference, "EMAIL", email);
    long appointment = fixture.newAppointmentId();
    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 8, 11, 30));

    clock.travelTo(LocalDateTime.of(2026, 12, 8, 8, 5));
    job.sendDue();

    assertThat(NOTIFY.receivedBy(email))
        .extracting(StandInNotify.Received::kind, StandInNotify.Received::templateId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("email", ReminderFixture.EMAIL_TEMPLATE.toString()),
            org.assertj.core.groups.Tuple.tuple(
                "email", ReminderFixture.EMAIL_TEMPLATE.toString()));
  }

  @Test
  void aMovedAppointmentReplacesItsRemindersAndACancelledOneTakesThemBack() {
    String phone = aPhone();
    String reference = caseWithHisOwnPhone(phone);
    fixture.prefers(reference, "TEXT", null);
    long appointment = fixture.newAppointmentId();

    // Tomorrow morning: two days before has passed already, so only the one on the day.
    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 3, 9, 0));
    assertThat(fixture.reminders(appointment))
        .extracting(ReminderFixture.Row::templateCode)
        .containsExactly("ON_THE_DAY");

    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 10, 9, 0));
    assertThat(fixture.reminders(appointment))
        .extracting(ReminderFixture.Row::templateCode, ReminderFixture.Row::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ON_THE_DAY", "CANCELLED"),
            org.assertj.core.groups.Tuple.tuple("TWO_DAYS_BEFORE", "PENDING"),
            org.assertj.core.groups.Tuple.tuple("ON_THE_DAY", "PENDING"));

    fixture.cancel(reference, appointment);
    assertThat(fixture.reminders(appointment))
        .extracting(ReminderFixture.Row::status)
        .containsOnly("CANCELLED");

    clock.travelTo(LocalDateTime.of(2026, 12, 10, 8, 30));
    job.sendDue();
    assertThat(NOTIFY.receivedBy(phone)).isEmpty();
  }

  @Test
  void withNoPreferenceNothingIsSentAndTheReminderSaysWhy() {
    String phone = aPhone();
    String reference = caseWithHisOwnPhone(phone);
    long appointment = fixture.newAppointmentId();
    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 11, 15, 0));

    clock.travelTo(LocalDateTime.of(2026, 12, 9, 10, 1));
    job.sendDue();

    ReminderFixture.Row row = fixture.reminders(appointment).get(0);
    assertThat(row.status()).isEqualTo("SKIPPED");
    assertThat(row.reason()).isEqualTo("He has not asked for reminders");
    assertThat(NOTIFY.receivedBy(phone)).isEmpty();
  }

  @Test
  void aFailureIsTriedAgainLaterThenGivenUp() {
    String phone = aPhone();
    String reference = caseWithHisOwnPhone(phone);
    fixture.prefers(reference, "TEXT", null);
    long appointment = fixture.newAppointmentId();
    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 14, 16, 0));
    long id = fixture.reminders(appointment).get(0).id();
    NOTIFY.failFor(phone, 3, 500);

    LocalDateTime due = LocalDateTime.of(2026, 12, 12, 10, 0);
    clock.travelTo(due.plusMinutes(1));
    job.sendDue();
    ReminderFixture.Row once = fixture.reminder(id);
    assertThat(once.status()).isEqualTo("PENDING");
    assertThat(once.attempts()).isEqualTo(1);
    assertThat(once.reason()).isEqualTo("GOV.UK Notify answered 500");

    job.sendDue();
    assertThat(fixture.reminder(id).attempts()).as("not again before its retry time").isEqualTo(1);

    clock.travelTo(due.plusMinutes(7));
    job.sendDue();
    assertThat(fixture.reminder(id).attempts()).isEqualTo(2);
    clock.travelTo(due.plusMinutes(20));
    job.sendDue();

    ReminderFixture.Row failed = fixture.reminder(id);
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.reason()).doesNotContain(phone);
    assertThat(NOTIFY.receivedBy(phone)).isEmpty();
  }

  @Test
  void aRefusalOfTheRequestItselfIsNotTriedAgain() {
    String phone = aPhone();
    String reference = caseWithHisOwnPhone(phone);
    fixture.prefers(reference, "TEXT", null);
    long appointment = fixture.newAppointmentId();
    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 15, 16, 0));
    long id = fixture.reminders(appointment).get(0).id();
    NOTIFY.failFor(phone, 1, 400);

    clock.travelTo(LocalDateTime.of(2026, 12, 13, 10, 1));
    job.sendDue();

    ReminderFixture.Row failed = fixture.reminder(id);
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.reason()).isEqualTo("GOV.UK Notify answered 400");
  }

  @Test
  void aReminderAnotherNodeHoldsIsPassedByAndSentOnce() throws Exception {
    String phone = aPhone();
    String reference = caseWithHisOwnPhone(phone);
    fixture.prefers(reference, "TEXT", null);
    long appointment = fixture.newAppointmentId();
    fixture.book(reference, appointment, LocalDateTime.of(2026, 12, 16, 16, 0));
    long id = fixture.reminders(appointment).get(0).id();
    clock.travelTo(LocalDateTime.of(2026, 12, 14, 10, 1));

    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread otherNode =
        new Thread(
            () ->
                transactions.executeWithoutResult(
                    s -> {
                      jdbc.sql("SELECT id FROM reminder WHERE id = :id FOR UPDATE")
                          .param("id", id)
                          .query(Long.class)
                          .single();
                      held.countDown();
                      try {
                        release.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    otherNode.start();
    assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
    try {
      job.sendDue();
      assertThat(fixture.reminder(id).status()).isEqualTo("PENDING");
      assertThat(NOTIFY.receivedBy(phone)).isEmpty();
    } finally {
      release.countDown();
      otherNode.join(30_000);
    }

    job.sendDue();
    assertThat(fixture.reminder(id).status()).isEqualTo("SENT");
    assertThat(NOTIFY.receivedBy(phone)).hasSize(1);
  }
}
