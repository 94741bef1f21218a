package org.tandem.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * With no API key, Notify is off: the job claims nothing, so every reminder stays pending until a
 * key is set, and the pages say reminders are not being sent.
 */
class NotifyOffTest {

  @Test
  void withNoKeyNothingIsClaimedOrSent() {
    NotifySender off = new NotifySender("  ", "https://api.notifications.service.gov.uk");
    assertThat(off.on()).isFalse();
    // No outbox, delivery or database: the job must not touch them when Notify is off.
    ReminderJob job = new ReminderJob(null, null, off, null, null, true);
    assertThat(job.notifyOn()).isFalse();
    assertThat(job.sendDue()).isZero();
  }

  @Test
  void withAKeyOfNotifysShapeItIsOn() {
    NotifySender on =
        new NotifySender(
            "tandem_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0",
            "http://localhost:9");
    assertThat(on.on()).isTrue();
  }
}
