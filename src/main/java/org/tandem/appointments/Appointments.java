package org.tandem.appointments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.appointments.internal.AppointmentStore;
import org.tandem.appointments.internal.AppointmentStore.Row;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.Referrals;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * Booking appointments with him and reading them back: for his case, for a worker's or a venue's
 * calendar, and for the lists of cases that show each one's next appointment. Every booking is
 * published as {@link AppointmentBooked}, so that his reminders follow it.
 */
@Service
public class Appointments {

  /** The most appointments a calendar or the API answers with at once. */
  static final int MOST_LISTED = 2000;

  private final AppointmentStore store;
  private final Booking booking;
  private final Referrals referrals;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final ApplicationEventPublisher events;
  private final AppointmentWords words;

  Appointments(
      AppointmentStore store,
      Booking booking,
      Referrals referrals,
      CurrentUsers currentUsers,
      Validation validation,
      AuditLog audit,
      ServiceClock clock,
      ApplicationEventPublisher events,
      AppointmentWords words) {
    this.words = words;
    this.store = store;
    this.booking = booking;
    this.referrals = referrals;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** Books an appointment with him; returns its id. */
  @Transactional
  public long book(String reference, NewAppointment appointment) {
    CaseRef ref = referrals.open(reference);
    booking.check(
        ref,
        appointment.date(),
        appointment.time(),
        appointment.lengthInMinutes(),
        appointment.workerId(),
        null,
        "date",
        "time",
        validation.problems(appointment));
    long id =
        store.insert(
            ref.referralId(),
            appointment.kind(),
            Booking.at(appointment.date(), appointment.time()),
            appointment.lengthInMinutes(),
            appointment.place().strip(),
            appointment.workerId(),
            currentUsers.current().username(),
            clock.now());
    audit.record(Action.CREATE, "appointment", ref);
    announce(ref, id);
    return id;
  }

  /** Publishes the booking of an appointment just saved, for his reminders. */
  void announce(CaseRef ref, long id) {
    Appointment a = store.byId(id).orElseThrow().appointment();
    events.publishEvent(
        new AppointmentBooked(
            id,
            ref.referralId(),
            ref.reference(),
            ref.areaId(),
            a.kind(),
            a.startsAt(),
            a.place(),
            a.workerName()));
  }

  /** His appointments, the latest first, with what happened at each. */
  @Transactional
  public List<Appointment> forCase(String reference) {
    CaseRef ref = referrals.open(reference);
    audit.record(Action.READ, "appointments", ref);
    return store.forCase(ref.referralId()).stream().map(Row::appointment).toList();
  }

  /** One appointment, if its case is one the user may open. */
  @Transactional
  public Appointment one(long id) {
    Row row = opened(id);
    audit.record(Action.READ, "appointment", row.ref());
    return row.appointment();
  }

  /** The appointment with its case, opened as the user may; not found otherwise. */
  Row opened(long id) {
    Row row =
        store
            .byId(id)
            .orElseThrow(
                () -> new NotFoundException(words.say("appointments.problem.noAppointment")));
    try {
      referrals.open(row.ref().reference());
    } catch (NotFoundException e) {
      throw new NotFoundException(words.say("appointments.problem.noAppointment"));
    }
    return row;
  }

  /**
   * The appointments between two days (the last not included) of one worker, at one place, or both,
   * among the cases of the user's areas, in time order; each case shown is audited.
   */
  @Transactional
  public List<Appointment> between(Long workerId, String place, LocalDate from, LocalDate to) {
    if (from == null
        || to == null
        || from.getYear() < 2000
        || from.getYear() > 2200
        || !to.isAfter(from)
        || to.isAfter(from.plusDays(92))) {
      throw new InvalidRequestException(List.of(words.problem("to", "appointments.problem.span")));
    }
    String venue = place == null || place.isBlank() ? null : place.strip();
    List<Row> rows =
        store.between(
            workerId,
            venue,
            ServiceClock.startOf(from),
            ServiceClock.startOf(to),
            currentUsers.current().areaIds(),
            MOST_LISTED);
    audit.recordList("appointments", rows.stream().map(Row::ref).distinct().toList());
    return rows.stream().map(Row::appointment).toList();
  }

  /** A worker's appointments on one day, in time order: for the worker's own list of the day. */
  @Transactional
  public List<Appointment> forWorkerOn(long workerId, LocalDate day) {
    return between(workerId, null, day, day.plusDays(1));
  }

  /**
   * Each case's next appointment still to come and not called off, in one statement, for a list of
   * cases the caller has already opened and audited; cases with none are left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, NextAppointment> nextFor(Collection<Long> referralIds) {
    if (referralIds.isEmpty()) {
      return Map.of();
    }
    return store.nextFor(referralIds, clock.now());
  }

  /** The venues appointments have been booked at in the user's areas, for choosing a calendar. */
  public List<String> places() {
    return store.places(currentUsers.current().areaIds());
  }

  OffsetDateTime now() {
    return clock.now();
  }
}
