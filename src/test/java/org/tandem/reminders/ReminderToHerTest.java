package org.tandem.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.access.CaseRef;
import org.tandem.access.ScheduledPasses;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.referral.Family;
import org.tandem.reminders.internal.ReminderJob;

/**
 * Nothing goes to her by this route unless her contact rules allow it when it is due: a way she
 * refused, a time not confirmed within her safe times, or a send long after the confirmed time, and
 * the stand-in Notify receives nothing; the reminder is held, and the reason names none of her
 * wishes. No feature books a reminder to her yet, so the test books it through the public door,
 * {@link Reminders#forHer}, with a pass made as the job makes its own (no one is signed in here).
 */
class ReminderToHerTest extends TandemTest {

  private static final StandInNotify NOTIFY = StandInNotify.shared();
  private static final UUID HER_TEMPLATE = UUID.fromString("0f0f0f0f-1e1e-4d2d-8c3c-4b4b4b4b4b4b");

  @Autowired private Reminders reminders;
  @Autowired private ScheduledPasses passes;
  @Autowired private ReminderJob job;

  private record Her(WallPass pass, long partnerId, String phone, String email) {}

  /** A woman on a new case, with a phone and email of her own, her safe times and refusals set. */
  private Her her(String safeTimes, String... doNotContactBy) {
    Family family = newFamily(newArea());
    long partnerId = family.partner(0);
    String phone = "07700 900" + ThreadLocalRandom.current().nextInt(100, 1000) + " h" + partnerId;
    String email = "her." + partnerId + "@example.org";
    jdbc.sql(
            """
            UPDATE partner SET phone = :phone, email = :email, safe_contact_times = :times,
              do_not_contact_by = CAST(:refused AS varchar[])
            WHERE id = :id
            """)
        .param("phone", phone)
        .param("email", email)
        .param("times", safeTimes)
        .param("refused", doNotContactBy)
        .param("id", partnerId)
        .update();
    CaseRef ref =
        jdbc.sql("SELECT id, reference, area_id FROM referral WHERE reference = :r")
            .param("r", family.reference())
            .query((rs, i) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getLong(3)))
            .single();
    return new Her(
        passes.forScheduledWork(ref, "test: booking a reminder to her"), partnerId, phone, email);
  }

  private long book(Her her, ContactMethod method, LocalDateTime due, boolean confirmed) {
    OffsetDateTime dueAt = due.atZone(ServiceClock.ZONE).toOffsetDateTime();
    return reminders.forHer(
        her.pass(),
        new HerReminder(
            her.partnerId(),
            method,
            HER_TEMPLATE,
            dueAt.plusDays(1),
            "Sam Supporter",
            dueAt,
            confirmed));
  }

  private String status(long id) {
    return jdbc.sql("SELECT status FROM reminder WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private String reason(long id) {
    return jdbc.sql("SELECT reason FROM reminder WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  @Test
  void aWaySheRefusedIsNeverUsed() {
    Her her = her(null, "TEXT");
    LocalDateTime due = LocalDateTime.of(2026, 12, 3, 11, 0);
    long id = book(her, ContactMethod.TEXT, due, true);

    clock.travelTo(due.plusMinutes(1));
    job.sendDue();

    assertThat(status(id)).isEqualTo("HELD");
    assertThat(reason(id))
        .isEqualTo("Not sent: her contact rules did not allow it at the time")
        .doesNotContainIgnoringCase("text");
    assertThat(NOTIFY.receivedBy(her.phone())).isEmpty();
    assertThat(NOTIFY.receivedFor(id)).isEmpty();
  }

  @Test
  void aTimeNotConfirmedWithinHerSafeTimesIsNotUsed() {
    Her her = her("Weekday mornings, invented");
    LocalDateTime due = LocalDateTime.of(2026, 12, 3, 11, 0);
    long id = book(her, ContactMethod.TEXT, due, false);

    clock.travelTo(due.plusMinutes(1));
    job.sendDue();

    assertThat(status(id)).isEqualTo("HELD");
    assertThat(NOTIFY.receivedBy(her.phone())).isEmpty();
  }

  @Test
  void aConfirmedSafeTimeThatHasPassedIsNotUsed() {
    Her her = her("Weekday mornings, invented");
    LocalDateTime due = LocalDateTime.of(2026, 12, 3, 11, 0);
    long id = book(her, ContactMethod.EMAIL, due, true);

    // The job did not run until the afternoon: the time she is safe has gone.
    clock.travelTo(due.plusHours(3));
    job.sendDue();

    assertThat(status(id)).isEqualTo("HELD");
    assertThat(NOTIFY.receivedBy(her.email())).isEmpty();
  }

  @Test
  void withinHerRulesItIsSentToHerWithNothingOfHim() {
    Her her = her("Weekday mornings, invented", "PHONE", "LETTER");
    LocalDateTime due = LocalDateTime.of(2026, 12, 3, 11, 0);
    long id = book(her, ContactMethod.TEXT, due, true);

    clock.travelTo(due.plusMinutes(5));
    job.sendDue();

    assertThat(status(id)).isEqualTo("SENT");
    assertThat(NOTIFY.receivedBy(her.phone()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.templateId()).isEqualTo(HER_TEMPLATE.toString());
              assertThat(r.personalisation())
                  .containsEntry("worker", "Sam Supporter")
                  .containsKeys("first_name", "date", "time")
                  .doesNotContainKeys("place", "appointment");
            });
  }

  @Test
  void onlyATextOrAnEmailCanBeBooked() {
    Her her = her(null);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> book(her, ContactMethod.PHONE, LocalDateTime.of(2026, 12, 3, 11, 0), true))
        .isInstanceOf(org.tandem.web.InvalidRequestException.class);
  }
}
