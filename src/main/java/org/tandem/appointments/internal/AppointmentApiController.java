package org.tandem.appointments.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.appointments.Appointment;
import org.tandem.appointments.AppointmentOutcomes;
import org.tandem.appointments.AppointmentWords;
import org.tandem.appointments.Appointments;
import org.tandem.appointments.NewAppointment;
import org.tandem.appointments.OutcomeRecord;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.PostCreates;

/** His appointments, their outcomes, and workers' and venues' calendars, for other systems. */
@ApiController(path = "/api/v1", tag = "Appointments")
class AppointmentApiController {

  private final Appointments appointments;
  private final AppointmentOutcomes outcomes;
  private final AppointmentWords words;

  AppointmentApiController(
      Appointments appointments, AppointmentOutcomes outcomes, AppointmentWords words) {
    this.words = words;
    this.appointments = appointments;
    this.outcomes = outcomes;
  }

  @PostCreates("/cases/{reference}/appointments")
  @PreAuthorize(AppointmentRoles.BOOKERS)
  @Operation(
      summary = "Book an appointment with him",
      description =
          "An assessment appointment or one-to-one session at a London date and time, place and"
              + " perpetrator worker covering the case's area. 400 with a problem-details body"
              + " naming each invalid field: a time not in the future, a worker outside the area,"
              + " or a time when the worker or he is already booked.")
  ResponseEntity<Appointment> book(
      @PathVariable String reference, @RequestBody NewAppointment appointment) {
    long id = appointments.book(reference, appointment);
    return Created.at("/api/v1/appointments/{id}", appointments.one(id), id);
  }

  @GetMapping("/cases/{reference}/appointments")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "His appointments, the latest first",
      description =
          "Each with its outcome, who asked and why when cancelled or rescheduled, and the"
              + " appointments it replaced or was replaced by. 404 outside the caller's areas.")
  List<Appointment> forCase(@PathVariable String reference) {
    return appointments.forCase(reference);
  }

  @GetMapping("/appointments/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "One appointment", description = "404 outside the caller's areas.")
  Appointment one(@PathVariable long id) {
    return appointments.one(id);
  }

  @PostMapping("/appointments/{id}/outcome")
  @PreAuthorize(AppointmentRoles.BOOKERS)
  @Operation(
      summary = "Record what happened at an appointment",
      description =
          "Attended, late or did not attend once its time has come; cancelled or rescheduled at"
              + " any time, with who asked and why. Rescheduling needs the new date and time, and"
              + " answers with the new appointment; the old one keeps its outcome and points to"
              + " it. A did-not-attend one-to-one counts towards the programme's absence rule."
              + " Send the version last read; 409 if someone changed it since.")
  Appointment recordOutcome(@PathVariable long id, @RequestBody OutcomeRecord outcome) {
    Long moved = outcomes.record(id, outcome);
    return appointments.one(moved == null ? id : moved);
  }

  @GetMapping("/appointments")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "Appointments in a span of days, for a worker or a venue",
      description =
          "From the first day to the day before the last (at most 92 days), in time order, among"
              + " the cases of the caller's areas; at most 2000.")
  List<Appointment> between(
      @Parameter(description = "a worker's user id") @RequestParam(required = false) Long worker,
      @Parameter(description = "a venue, matched without regard to case")
          @RequestParam(required = false)
          String venue,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    if (venue != null && venue.length() > 200) {
      throw new InvalidRequestException(
          List.of(words.problem("venue", "appointments.problem.venueLength")));
    }
    return appointments.between(worker, venue, from, to);
  }
}
