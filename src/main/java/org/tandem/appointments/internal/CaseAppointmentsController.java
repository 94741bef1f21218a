package org.tandem.appointments.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Accounts;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.appointments.Appointment;
import org.tandem.appointments.AppointmentKind;
import org.tandem.appointments.AppointmentOutcome;
import org.tandem.appointments.AppointmentOutcomes;
import org.tandem.appointments.AppointmentWords;
import org.tandem.appointments.Appointments;
import org.tandem.appointments.AskedBy;
import org.tandem.appointments.NewAppointment;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.Referrals;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Validation;

/**
 * His appointments from his case: those to come and those past with what happened, the form that
 * books one, and the page that records an outcome.
 */
@Controller
class CaseAppointmentsController {

  private final Appointments appointments;
  private final AppointmentOutcomes outcomes;
  private final Referrals referrals;
  private final Accounts accounts;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final ServiceClock clock;
  private final MessageSource messages;
  private final AppointmentWords words;

  CaseAppointmentsController(
      Appointments appointments,
      AppointmentOutcomes outcomes,
      Referrals referrals,
      Accounts accounts,
      CurrentUsers currentUsers,
      Validation validation,
      ServiceClock clock,
      MessageSource messages,
      AppointmentWords words) {
    this.words = words;
    this.messages = messages;
    this.appointments = appointments;
    this.outcomes = outcomes;
    this.referrals = referrals;
    this.accounts = accounts;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.clock = clock;
  }

  @GetMapping("/cases/{reference}/appointments")
  @PreAuthorize(Roles.CASE_WORKERS)
  String list(@PathVariable String reference, Model model) {
    AppointmentForms.Book form = new AppointmentForms.Book();
    if (currentUsers.current().has(Role.PERPETRATOR_WORKER)) {
      form.setWorkerId(currentUsers.current().id());
    }
    return show(reference, form, model);
  }

  @PostMapping("/cases/{reference}/appointments")
  @PreAuthorize(AppointmentRoles.BOOKERS)
  String book(
      @PathVariable String reference,
      @ModelAttribute("book") AppointmentForms.Book form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    NewAppointment appointment = form.toNewAppointment();
    FormProblems problems =
        form.unreadable(new FormProblems(errors), words)
            .checkedBy(() -> validation.problems(appointment));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          appointments.book(reference, appointment);
          redirect.addFlashAttribute(
              "saved", messages.getMessage("appointments.saved.booked", null, locale));
          return "redirect:/cases/" + reference + "/appointments";
        },
        () -> show(reference, form, model));
  }

  @GetMapping("/appointments/{id}/outcome")
  @PreAuthorize(AppointmentRoles.BOOKERS)
  String outcome(@PathVariable long id, Model model) {
    Appointment a = appointments.one(id);
    AppointmentForms.Outcome form = new AppointmentForms.Outcome();
    form.setVersion(a.version());
    return showOutcome(a, form, model);
  }

  @PostMapping("/appointments/{id}/outcome")
  @PreAuthorize(AppointmentRoles.BOOKERS)
  String recordOutcome(
      @PathVariable long id,
      @ModelAttribute("outcome") AppointmentForms.Outcome form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    FormProblems problems = form.unreadable(new FormProblems(errors), words);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          Appointment a = appointments.one(id);
          Long moved = outcomes.record(id, form.toRecord());
          redirect.addFlashAttribute(
              "saved",
              messages.getMessage(
                  moved == null ? "appointments.saved.outcome" : "appointments.saved.rescheduled",
                  null,
                  locale));
          return "redirect:/cases/" + a.reference() + "/appointments";
        },
        () -> showOutcome(appointments.one(id), form, model));
  }

  private String showOutcome(Appointment a, AppointmentForms.Outcome form, Model model) {
    model.addAttribute("appointment", a);
    model.addAttribute("outcome", form);
    model.addAttribute("outcomes", AppointmentOutcome.values());
    model.addAttribute("askers", AskedBy.values());
    return "appointments/outcome";
  }

  private String show(String reference, AppointmentForms.Book form, Model model) {
    long areaId = referrals.open(reference).areaId();
    List<Appointment> all = appointments.forCase(reference);
    var now = clock.now();
    model.addAttribute("reference", reference);
    model.addAttribute(
        "upcoming",
        all.stream()
            .filter(a -> a.outcome() == null && a.endsAt().isAfter(now))
            .sorted(java.util.Comparator.comparing(Appointment::startsAt))
            .toList());
    model.addAttribute(
        "past", all.stream().filter(a -> a.outcome() != null || !a.endsAt().isAfter(now)).toList());
    model.addAttribute("book", form);
    model.addAttribute("kinds", AppointmentKind.values());
    model.addAttribute("workers", accounts.workers(areaId, Role.PERPETRATOR_WORKER));
    model.addAttribute(
        "canBook",
        currentUsers.current().has(Role.PERPETRATOR_WORKER)
            || currentUsers.current().has(Role.SERVICE_MANAGER));
    return "appointments/case-appointments";
  }
}
