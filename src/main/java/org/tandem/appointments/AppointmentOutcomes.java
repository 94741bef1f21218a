package org.tandem.appointments;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CurrentUsers;
import org.tandem.appointments.internal.AppointmentStore;
import org.tandem.appointments.internal.AppointmentStore.Row;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.OneToOneAbsences;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;

/**
 * What happened to an appointment, recorded once. Rescheduling books the new time as a new
 * appointment and leaves the old one in his history with its outcome, pointing to the new one. An
 * outcome recorded before the appointment's time means it will not happen then, which is published
 * as {@link AppointmentCancelled} so that no reminder for it is sent.
 */
@Service
public class AppointmentOutcomes {

  private final AppointmentStore store;
  private final Appointments appointments;
  private final Booking booking;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final OneToOneAbsences absences;
  private final AppointmentWords words;

  AppointmentOutcomes(
      AppointmentStore store,
      Appointments appointments,
      Booking booking,
      CurrentUsers currentUsers,
      Validation validation,
      AuditLog audit,
      ApplicationEventPublisher events,
      OneToOneAbsences absences,
      AppointmentWords words) {
    this.words = words;
    this.absences = absences;
    this.store = store;
    this.appointments = appointments;
    this.booking = booking;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.audit = audit;
    this.events = events;
  }

  /** Records the outcome; returns the id of the new appointment when it was rescheduled. */
  @Transactional
  public Long record(long appointmentId, OutcomeRecord outcome) {
    Row row = appointments.opened(appointmentId);
    Appointment a = row.appointment();
    List<FieldProblem> problems = new ArrayList<>(validation.problems(outcome));
    AppointmentOutcome what = outcome.outcome();
    boolean early = a.startsAt().isAfter(appointments.now());
    if (a.outcome() != null) {
      throw new InvalidRequestException(
          List.of(words.problem("outcome", "appointments.problem.alreadyRecorded")));
    }
    if (what == null) {
      problems.add(words.problem("outcome", "appointments.problem.outcomeMissing"));
    } else if (what.saysIfHeCame() && early) {
      problems.add(words.problem("outcome", "appointments.problem.notYet"));
    }
    String reason =
        outcome.reason() == null || outcome.reason().isBlank() ? null : outcome.reason().strip();
    if (what != null && what.calledOff()) {
      if (outcome.askedBy() == null) {
        problems.add(words.problem("askedBy", "appointments.problem.askedByMissing"));
      }
      if (reason == null) {
        problems.add(words.problem("reason", "appointments.problem.reasonMissing"));
      }
    }
    Long newId = null;
    if (what == AppointmentOutcome.RESCHEDULED) {
      if (outcome.newDate() == null) {
        problems.add(words.problem("newDate", "appointments.problem.newDateMissing"));
      }
      if (outcome.newTime() == null) {
        problems.add(words.problem("newTime", "appointments.problem.newTimeMissing"));
      }
      booking.check(
          row.ref(),
          outcome.newDate(),
          outcome.newTime(),
          a.minutes(),
          a.workerId(),
          a.id(),
          "newDate",
          "newTime",
          problems);
      newId =
          store.insert(
              row.ref().referralId(),
              a.kind(),
              Booking.at(outcome.newDate(), outcome.newTime()),
              a.minutes(),
              a.place(),
              a.workerId(),
              currentUsers.current().username(),
              appointments.now());
    } else if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (outcome.version() == null
        || !store.recordOutcome(
            a.id(),
            what,
            what.calledOff() ? outcome.askedBy() : null,
            reason,
            newId,
            currentUsers.current().username(),
            appointments.now(),
            outcome.version())) {
      throw new EditConflictException(words.say("appointments.problem.conflict"));
    }
    audit.record(Action.UPDATE, "appointment outcome", row.ref());
    if (what == AppointmentOutcome.DID_NOT_ATTEND && a.kind() == AppointmentKind.ONE_TO_ONE) {
      absences.missed(row.ref(), ServiceClock.dayOf(a.startsAt()));
    }
    if (early) {
      events.publishEvent(new AppointmentCancelled(a.id(), row.ref().referralId()));
    }
    if (newId != null) {
      audit.record(Action.CREATE, "appointment", row.ref());
      appointments.announce(row.ref(), newId);
    }
    return newId;
  }
}
