package org.tandem.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.access.Accounts;
import org.tandem.access.CaseRef;
import org.tandem.access.Role;
import org.tandem.appointments.internal.AppointmentStore;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * The rules a time must keep to be booked, for a new appointment and a rescheduled one alike: it is
 * still to come, within two years, with a worker who covers his area, and neither the worker nor he
 * is booked elsewhere then. A clash is refused rather than warned of: a worker cannot be in two
 * rooms, and a second booking would send him a reminder for a time no one will keep.
 */
@Component
class Booking {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final AppointmentStore store;
  private final Accounts accounts;
  private final ServiceClock clock;
  private final AppointmentWords words;

  Booking(AppointmentStore store, Accounts accounts, ServiceClock clock, AppointmentWords words) {
    this.words = words;
    this.store = store;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The moment a London date and time stand for. */
  static OffsetDateTime at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(ServiceClock.ZONE).toOffsetDateTime();
  }

  /**
   * Problems with the time, named by the given fields, added to those already found; the clash is
   * looked for only when nothing else is wrong.
   */
  void check(
      CaseRef ref,
      LocalDate date,
      LocalTime time,
      int minutes,
      Long workerId,
      Long except,
      String dateField,
      String timeField,
      List<FieldProblem> found) {
    List<FieldProblem> problems = new ArrayList<>(found);
    if (date != null && date.isAfter(clock.today().plusYears(2))) {
      problems.add(words.problem(dateField, "appointments.problem.tooFar"));
    } else if (date != null && time != null && !at(date, time).isAfter(clock.now())) {
      problems.add(
          words.problem(
              date.isBefore(clock.today()) ? dateField : timeField, "appointments.problem.past"));
    }
    if (workerId != null
        && accounts.workers(ref.areaId(), Role.PERPETRATOR_WORKER).stream()
            .noneMatch(w -> w.id() == workerId)) {
      problems.add(words.problem("workerId", "appointments.problem.workerNotCovering"));
    }
    if (problems.isEmpty()) {
      store.holdDiaries(workerId, ref.referralId());
      OffsetDateTime start = at(date, time);
      store
          .clash(workerId, ref.referralId(), start, start.plusMinutes(minutes), except)
          .ifPresent(c -> problems.add(new FieldProblem(timeField, clashMessage(c, workerId))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  private String clashMessage(AppointmentStore.Row clash, long workerId) {
    Appointment c = clash.appointment();
    String from = TIME.format(c.startsAt().atZoneSameInstant(ServiceClock.ZONE));
    String to = TIME.format(c.endsAt().atZoneSameInstant(ServiceClock.ZONE));
    String day =
        DAY.withLocale(LocaleContextHolder.getLocale())
            .format(c.startsAt().atZoneSameInstant(ServiceClock.ZONE));
    return c.workerId() == workerId
        ? words.say("appointments.problem.clash.worker", c.workerName(), from, to, day)
        : words.say("appointments.problem.clash.him", from, to, day);
  }
}
