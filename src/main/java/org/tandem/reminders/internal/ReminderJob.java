package org.tandem.reminders.internal;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.calendar.ServiceClock;

/**
 * Sends the reminders whose time has come, every so often ({@code tandem.reminders.send-every}).
 * Each reminder is claimed and settled in a transaction of its own, so one that fails does not hold
 * back the rest, and a node that stops mid-way leaves the rest pending for the next run. With
 * Notify off, nothing is claimed: reminders wait, and the templates page says so.
 */
@Component
public class ReminderJob {

  /** The most reminders one run sends, so a backlog is worked off in runs, not in one long one. */
  private static final int MOST_PER_RUN = 200;

  private final Outbox outbox;
  private final ReminderDelivery delivery;
  private final NotifySender notify;
  private final TransactionTemplate transactions;
  private final ServiceClock clock;
  private final boolean scheduled;

  ReminderJob(
      Outbox outbox,
      ReminderDelivery delivery,
      NotifySender notify,
      TransactionTemplate transactions,
      ServiceClock clock,
      @Value("${tandem.reminders.scheduled:true}") boolean scheduled) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.notify = notify;
    this.transactions = transactions;
    this.clock = clock;
    this.scheduled = scheduled;
  }

  @Scheduled(
      fixedDelayString = "${tandem.reminders.send-every:1m}",
      initialDelayString = "${tandem.reminders.send-every:1m}")
  void onSchedule() {
    if (scheduled) {
      sendDue();
    }
  }

  /** Sends every due reminder (up to a run's most): how many were settled, sent or not. */
  public int sendDue() {
    if (!notify.on()) {
      return 0;
    }
    int settled = 0;
    while (settled < MOST_PER_RUN && Boolean.TRUE.equals(transactions.execute(s -> one()))) {
      settled++;
    }
    return settled;
  }

  private boolean one() {
    Optional<Outbox.Due> due = outbox.claimNext(clock.now());
    due.ifPresent(delivery::deliver);
    return due.isPresent();
  }

  /** Whether reminders are being sent: false when no GOV.UK Notify API key is set. */
  public boolean notifyOn() {
    return notify.on();
  }
}
