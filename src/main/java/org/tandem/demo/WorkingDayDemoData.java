package org.tandem.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.Areas;
import org.tandem.access.TandemPrincipal;
import org.tandem.appointments.AppointmentKind;
import org.tandem.appointments.Appointments;
import org.tandem.appointments.NewAppointment;
import org.tandem.clocks.AttemptMethod;
import org.tandem.clocks.AttemptsWithHim;
import org.tandem.clocks.NewAttemptWithHim;
import org.tandem.notes.CaseNotes;
import org.tandem.notes.NewNote;
import org.tandem.notes.NoteKind;
import org.tandem.referral.Referrals;
import org.tandem.reminders.ReminderChannel;
import org.tandem.reminders.ReminderPreference;
import org.tandem.reminders.Reminders;

/**
 * A perpetrator worker's day as the demo shows it on "my work": appointments booked on two of his
 * cases (one man reminded by text), the call that arranged one noted, an attempt to reach another
 * recorded for the service's clocks, and a note from probation marked restricted; and for intake, a
 * new referral about a man already known, still to be checked.
 */
@Component
class WorkingDayDemoData {

  private final Appointments appointments;
  private final Reminders reminders;
  private final CaseNotes notes;
  private final AttemptsWithHim attempts;
  private final Referrals referrals;
  private final UserDetailsService users;
  private final Areas areas;

  WorkingDayDemoData(
      Appointments appointments,
      Reminders reminders,
      CaseNotes notes,
      AttemptsWithHim attempts,
      Referrals referrals,
      UserDetailsService users,
      Areas areas) {
    this.areas = areas;
    this.appointments = appointments;
    this.reminders = reminders;
    this.notes = notes;
    this.attempts = attempts;
    this.referrals = referrals;
    this.users = users;
  }

  /**
   * Acts as Northmoor's perpetrator worker on cases allocated to him, then as intake logging a new
   * referral about a man already known, not yet checked; the caller signs out.
   */
  void load(List<String> northmoor, LocalDate today) {
    actingAs("intake");
    referrals.create(
        DemoPeople.referral(3, areas.byCode("NMR").orElseThrow().id(), today.minusDays(1)));
    UserDetails worker = actingAs("perpetrator.worker");
    long workerId = ((TandemPrincipal) worker).user().id();
    String reminded = northmoor.get(9);
    reminders.changePreference(
        referrals.open(reminded), new ReminderPreference(ReminderChannel.TEXT, null, 0));
    LocalDate nextWorkingDay = nextWorkingDay(today);
    appointments.book(
        reminded,
        new NewAppointment(
            AppointmentKind.ONE_TO_ONE,
            nextWorkingDay,
            LocalTime.of(10, 0),
            90,
            "Northmoor Centre, Room 2",
            workerId));
    appointments.book(
        northmoor.get(8),
        new NewAppointment(
            AppointmentKind.ONE_TO_ONE,
            nextWorkingDay(nextWorkingDay),
            LocalTime.of(14, 0),
            60,
            "Northmoor Centre, Room 2",
            workerId));
    notes.add(
        reminded,
        new NewNote(
            NoteKind.CONTACT,
            today,
            "Invented: rang him to arrange a one-to-one session before his group starts. He"
                + " agreed the time and asked for a text the morning before.",
            false));
    notes.add(
        northmoor.get(6),
        new NewNote(
            NoteKind.THIRD_PARTY,
            today.minusDays(1),
            "Invented: his probation officer rang about a possible breach of his licence"
                + " conditions; details to follow by secure email.",
            true));
    attempts.record(
        northmoor.get(11),
        new NewAttemptWithHim(
            AttemptMethod.PHONE, today.minusDays(1), LocalTime.of(11, 15), false));
  }

  private UserDetails actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    return user;
  }

  private static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }
}
