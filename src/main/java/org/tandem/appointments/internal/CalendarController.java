package org.tandem.appointments.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Accounts;
import org.tandem.access.Accounts.Worker;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.appointments.Appointment;
import org.tandem.appointments.Appointments;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;

/**
 * A week of appointments for one worker or one venue, a day at a time, with the weeks before and
 * after a link away. With neither chosen, a perpetrator worker sees their own week.
 */
@Controller
class CalendarController {

  private final Appointments appointments;
  private final Accounts accounts;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;

  CalendarController(
      Appointments appointments, Accounts accounts, CurrentUsers currentUsers, ServiceClock clock) {
    this.appointments = appointments;
    this.accounts = accounts;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  /** One day of the week and its appointments, in time order. */
  record Day(LocalDate date, List<Appointment> appointments) {}

  @GetMapping("/appointments/calendar")
  @PreAuthorize(Roles.CASE_WORKERS)
  String calendar(
      @RequestParam(required = false) Long worker,
      @RequestParam(required = false) String venue,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
      Model model) {
    CurrentUser me = currentUsers.current();
    List<Worker> workers = workersOf(me);
    String place = venue == null || venue.isBlank() ? null : venue.strip();
    if (place != null && place.length() > 200) {
      throw new NotFoundException("No such venue", Languages.ENGLISH);
    }
    Long chosen = worker;
    if (chosen == null && place == null && me.has(Role.PERPETRATOR_WORKER)) {
      chosen = me.id();
    }
    Long workerId = chosen;
    Worker shown =
        workerId == null
            ? null
            : workers.stream()
                .filter(w -> w.id() == workerId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such worker", Languages.ENGLISH));
    if (week != null && (week.getYear() < 2000 || week.getYear() > 2200)) {
      throw new NotFoundException("No such week", Languages.ENGLISH);
    }
    LocalDate monday =
        (week == null ? clock.today() : week)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    model.addAttribute("workers", workers);
    model.addAttribute("places", appointments.places());
    model.addAttribute("worker", shown);
    model.addAttribute("venue", place);
    model.addAttribute("monday", monday);
    model.addAttribute("sunday", monday.plusDays(6));
    model.addAttribute("previousWeek", monday.minusWeeks(1));
    model.addAttribute("nextWeek", monday.plusWeeks(1));
    model.addAttribute("today", clock.today());
    model.addAttribute("now", clock.now());
    if (shown != null || place != null) {
      model.addAttribute(
          "days", days(monday, appointments.between(workerId, place, monday, monday.plusDays(7))));
    }
    return "appointments/calendar";
  }

  private static List<Day> days(LocalDate monday, List<Appointment> week) {
    Map<LocalDate, List<Appointment>> byDay = new LinkedHashMap<>();
    for (int i = 0; i < 7; i++) {
      byDay.put(monday.plusDays(i), new ArrayList<>());
    }
    week.forEach(a -> byDay.get(ServiceClock.dayOf(a.startsAt())).add(a));
    return byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
  }

  /** The perpetrator workers of the user's areas, each once, by name. */
  private List<Worker> workersOf(CurrentUser me) {
    Map<Long, Worker> all = new LinkedHashMap<>();
    me.areaIds().stream()
        .sorted()
        .forEach(
            area ->
                accounts
                    .workers(area, Role.PERPETRATOR_WORKER)
                    .forEach(w -> all.putIfAbsent(w.id(), w)));
    return all.values().stream()
        .sorted(java.util.Comparator.comparing(Worker::displayName).thenComparing(Worker::id))
        .toList();
  }
}
