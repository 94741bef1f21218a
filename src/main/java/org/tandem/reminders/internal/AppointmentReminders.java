package org.tandem.reminders.internal;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.appointments.AppointmentBooked;
import org.tandem.appointments.AppointmentCancelled;
import org.tandem.calendar.ServiceClock;
import org.tandem.reminders.ReminderReasons;
import org.tandem.reminders.ReminderTemplate;

/**
 * Fills the outbox as appointments are booked, moved and cancelled. Runs inside the transaction
 * that publishes the event, so an appointment and its reminders are saved, or not, together.
 */
@Component
class AppointmentReminders {

  private final ReminderStore store;
  private final ServiceClock clock;

  AppointmentReminders(ReminderStore store, ServiceClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * One reminder for each active template whose time is still to come and before the appointment:
   * one booked for tomorrow gets no reminder for two days before. A second booking of the same
   * appointment (moved) replaces those still pending.
   */
  @EventListener
  void booked(AppointmentBooked booked) {
    OffsetDateTime now = clock.now();
    store.cancelPending(booked.appointmentId(), ReminderReasons.MOVED, now);
    ZonedDateTime starts = booked.startsAt().atZoneSameInstant(ServiceClock.ZONE);
    for (ReminderTemplate template : store.templates()) {
      OffsetDateTime due =
          starts
              .toLocalDate()
              .minusDays(template.daysBefore())
              .atTime(template.sendAt())
              .atZone(ServiceClock.ZONE)
              .toOffsetDateTime();
      if (template.active() && !due.isBefore(now) && due.isBefore(booked.startsAt())) {
        store.addForHim(
            new ReminderStore.ForHim(
                booked.referralId(),
                booked.appointmentId(),
                template.code(),
                booked.kind().name(),
                booked.startsAt(),
                booked.place(),
                booked.workerName(),
                due),
            now);
      }
    }
  }

  @EventListener
  void cancelled(AppointmentCancelled cancelled) {
    store.cancelPending(cancelled.appointmentId(), ReminderReasons.CANCELLED, clock.now());
  }
}
